package com.onecodepass.triprecord.transit.boundary;

import com.onecodepass.triprecord.api.transit.TransitTrip;
import com.onecodepass.triprecord.api.transit.TransitTrips;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.checkin.control.CheckInRecorder;
import com.onecodepass.triprecord.checkin.control.IdempotencyKeys;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;

/**
 * Rides from transit gates become check-ins at the gate's venue (source TRANSIT), committed before
 * this returns; the operator's event id is the idempotency key, so redelivery is harmless. The
 * colour is not known at the gate (it does not ask the citizen's phone), so it is stored as NONE.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransitTripService implements TransitTrips {

  @EJB VenueStore venues;
  @EJB CheckInRecorder recorder;

  @Override
  public long record(TransitTrip trip) {
    if (trip == null
        || trip.gateId() == null
        || trip.idempotencyKey() == null
        || trip.idempotencyKey().isBlank()
        || trip.at() == null
        || trip.at().isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
      throw new VenueException("transit.invalid");
    }
    Venue gate =
        venues.byGateId(trip.gateId()).orElseThrow(() -> new VenueException("transit.unknownGate"));
    CheckIn row =
        new CheckIn(
            IdempotencyKeys.transit(trip.gateId(), trip.idempotencyKey()),
            trip.citizenId(),
            gate.id(),
            trip.at(),
            "NONE",
            null,
            CheckIn.TRANSIT);
    return recorder.insertOnce(row).checkIn().id();
  }
}
