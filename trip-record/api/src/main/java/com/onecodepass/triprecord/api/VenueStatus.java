package com.onecodepass.triprecord.api;

/** New venues wait for staff approval; a suspended venue's code is refused at scan time. */
public enum VenueStatus {
  PENDING,
  ACTIVE,
  SUSPENDED
}
