package com.onecodepass.triprecord.api;

import jakarta.ejb.Local;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Spatio-temporal tracing. Reads by the (citizen, time) and (venue, time) indexes only; the
 * defaults are {@code ocp.tracing.lookback.days} (14) and {@code ocp.tracing.window.minutes} (30).
 */
@Local
public interface Tracing {

  /** Everyone else at the same venue within the default window of the case's recent visits. */
  TracingReport companions(long caseCitizenId);

  /** Same with an explicit look-back (ending now) and window. */
  TracingReport companions(long caseCitizenId, Duration lookBack, Duration window);

  /** Companions of the given confirmed close contacts, excluding those and {@code excluded}. */
  TracingReport secondaryContacts(
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window);

  /** Everyone who checked in at the venue between {@code from} (incl.) and {@code to} (incl.). */
  List<Exposure> venueExposure(long venueId, Instant from, Instant to);
}
