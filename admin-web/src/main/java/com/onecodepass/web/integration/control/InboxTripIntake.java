package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.web.integration.entity.TripItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Holds transit trips durably until trip-record's transit API exists (see the README). */
@ApplicationScoped
public class InboxTripIntake implements TripIntake {

  @Inject Inbox inbox;

  @Override
  public void record(
      ItemRef ref, ResidentId person, Instant boardedAt, Instant alightedAt, TripItem item) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("residentId", person.value());
    fields.put("line", item.line());
    fields.put("vehicle", item.vehicle());
    fields.put("boardedAt", boardedAt.toString());
    fields.put("boardingStop", item.boardingStop());
    fields.put("alightedAt", alightedAt == null ? null : alightedAt.toString());
    fields.put("alightingStop", item.alightingStop());
    inbox.put("trip", ref, fields);
  }
}
