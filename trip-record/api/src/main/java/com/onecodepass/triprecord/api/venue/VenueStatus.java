package com.onecodepass.triprecord.api.venue;

/** New venues wait for staff approval; a suspended venue's code is refused at scan time. */
public enum VenueStatus {
  PENDING,
  ACTIVE,
  SUSPENDED
}
