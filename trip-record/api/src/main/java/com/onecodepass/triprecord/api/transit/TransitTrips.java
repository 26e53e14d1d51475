package com.onecodepass.triprecord.api.transit;

import com.onecodepass.triprecord.api.venue.VenueException;
import jakarta.ejb.Local;

/**
 * Trips pushed by transit gates (bus and metro). A gate is a venue with a gate id (category
 * TRANSIT_STATION or TRANSIT_VEHICLE), so rides appear in My trips and in tracing like check-ins.
 */
@Local
public interface TransitTrips {

  /**
   * Records a ride; returns the check-in id (the existing one if the key was seen before). Throws
   * {@link VenueException} {@code transit.unknownGate} for a gate no venue carries.
   */
  long record(TransitTrip trip);
}
