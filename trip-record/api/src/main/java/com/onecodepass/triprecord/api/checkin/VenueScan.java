package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.triprecord.api.venue.VenueView;

/**
 * What a scanned venue code means. {@code outcome} is a message key suffix: {@code ok}, {@code
 * suspended}, {@code pending}, {@code unknown} (signed, but no such venue), or the token verdict
 * ({@code bad_signature}, {@code unknown_key}, {@code expired}, {@code not_a_venue_code}, {@code
 * malformed}). {@code venue} is set only when the venue exists.
 */
public record VenueScan(String outcome, VenueView venue) {

  public boolean accepted() {
    return "ok".equals(outcome);
  }
}
