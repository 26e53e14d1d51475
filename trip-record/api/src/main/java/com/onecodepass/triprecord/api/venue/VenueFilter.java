package com.onecodepass.triprecord.api.venue;

import java.io.Serializable;
import java.util.Locale;

/**
 * Which of the venues a staff member may see to list: a text found in the name (or the exact public
 * code), one status, and the page — keyset, newest first: {@code before} is the id the previous
 * page ended at, so page 300 of a district's 15,000 venues costs what page 1 costs.
 */
public record VenueFilter(String text, VenueStatus status, Long before, int limit)
    implements Serializable {

  public static final int MAX_LIMIT = 500;

  public VenueFilter {
    text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  /** The newest {@code limit} venues, unfiltered. */
  public static VenueFilter newest(int limit) {
    return new VenueFilter(null, null, null, limit);
  }
}
