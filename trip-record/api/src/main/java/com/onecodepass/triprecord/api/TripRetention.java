package com.onecodepass.triprecord.api;

import jakarta.ejb.Local;
import java.time.Instant;

/** Deletes trips past the retention period ({@code ocp.trips.retention.days}, default 28). */
@Local
public interface TripRetention {

  /** Deletes check-ins older than the configured period, in batches; returns how many. */
  long purgeExpired();

  /** Deletes check-ins before {@code cutoff}, in batches of {@code batchSize}. */
  long purgeBefore(Instant cutoff, int batchSize);

  int retentionDays();
}
