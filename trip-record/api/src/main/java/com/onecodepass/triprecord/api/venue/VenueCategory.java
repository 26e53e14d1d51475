package com.onecodepass.triprecord.api.venue;

/** What kind of place a venue is; transit gates are venues too, so trips and tracing see them. */
public enum VenueCategory {
  SUPERMARKET,
  RESTAURANT,
  OFFICE,
  RESIDENTIAL_GATE,
  HOSPITAL,
  TRANSIT_STATION,
  /** A bus or a metro train: its gate or validator id names the vehicle. */
  TRANSIT_VEHICLE,
  SCHOOL,
  MARKET,
  OTHER;

  /** A station or a vehicle: people met there travelled together rather than shared a place. */
  public boolean isTransit() {
    return this == TRANSIT_STATION || this == TRANSIT_VEHICLE;
  }
}
