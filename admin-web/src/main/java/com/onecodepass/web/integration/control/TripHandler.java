package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.TripItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A transit operator's ride: checked here, then handed to the {@link TripIntake}. */
@ApplicationScoped
public class TripHandler implements ItemHandler<TripItem> {

  @Inject TripIntake trips;
  @EJB ItemTransactions items;

  @Override
  public String operation() {
    return "transit-trips";
  }

  @Override
  public List<Object> canonical(TripItem t) {
    return Arrays.asList(
        t.residentId(),
        t.line(),
        t.vehicle(),
        ItemRules.canonicalTime(t.boardedAt()),
        t.boardingStop(),
        ItemRules.canonicalTime(t.alightedAt()),
        t.alightingStop());
  }

  @Override
  public void handle(ItemRef ref, TripItem t) {
    ResidentId id = ItemRules.person(t.residentId());
    ItemRules.text(t.line(), 80);
    ItemRules.text(t.boardingStop(), 80);
    ItemRules.optionalText(t.vehicle(), 80);
    ItemRules.optionalText(t.alightingStop(), 80);
    Instant boarded = ItemRules.time(t.boardedAt(), true);
    Instant alighted = ItemRules.time(t.alightedAt(), false);
    if (alighted != null && alighted.isBefore(boarded)) {
      throw new ItemRejected(ItemReason.INVALID_TIME);
    }
    items.applyOnce(ref, () -> trips.record(ref, id, boarded, alighted, t));
  }
}
