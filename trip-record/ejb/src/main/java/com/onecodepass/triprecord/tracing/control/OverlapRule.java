package com.onecodepass.triprecord.tracing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * When two visits to one venue make two people companions, and for how long they overlapped.
 *
 * <p>A check-in records an arrival, not a stay. The rule takes each arrival as a stay of one window
 * (default 30 minutes) from the arrival; two visits are companions when the arrivals are at most
 * one window apart (inclusive, to the millisecond), and their overlap is the time both assumed
 * stays share: {@code window - |a - b|}, in whole minutes rounded down. Visits exactly one window
 * apart are companions with 0 overlap minutes; one millisecond more and they are not.
 */
public final class OverlapRule {

  private OverlapRule() {}

  public static boolean companions(Instant a, Instant b, Duration window) {
    return Duration.between(a, b).abs().compareTo(window) <= 0;
  }

  /** The overlap in minutes, or empty when the two visits are not companions. */
  public static OptionalLong overlapMinutes(Instant a, Instant b, Duration window) {
    Duration apart = Duration.between(a, b).abs();
    if (apart.compareTo(window) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(window.minus(apart).toMinutes());
  }
}
