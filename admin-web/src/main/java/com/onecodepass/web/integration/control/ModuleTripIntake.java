package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.triprecord.api.transit.TransitTrip;
import com.onecodepass.triprecord.api.transit.TransitTrips;
import com.onecodepass.web.integration.entity.TripItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Hands a validated ride to trip-record, inside the item's transaction. The boarding stop is the
 * gate id the platform registered for that station or vehicle (e.g. {@code metro-610113}); the
 * ride's key is the batch item itself, so a retried batch lands once.
 */
@ApplicationScoped
public class ModuleTripIntake implements TripIntake {

  @EJB CitizenDirectory directory;
  @EJB TransitTrips trips;

  @Override
  public void record(
      ItemRef ref, ResidentId person, Instant boardedAt, Instant alightedAt, TripItem item) {
    long citizenId =
        directory
            .idOf(person.value())
            .orElseThrow(
                () -> new InvalidInputException("residentId", "member.unknown", "not registered"));
    trips.record(
        new TransitTrip(
            item.boardingStop(),
            citizenId,
            boardedAt,
            ref.clientId() + ":" + ref.idempotencyKey() + ":" + ref.index()));
  }
}
