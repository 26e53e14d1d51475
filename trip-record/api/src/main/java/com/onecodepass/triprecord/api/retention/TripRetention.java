package com.onecodepass.triprecord.api.retention;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Deletes trips past the retention period ({@code ocp.trips.retention.days}, default 28). */
@Local
public interface TripRetention {

  /**
   * Deletes check-ins older than the configured period; returns how many (on MariaDB an estimate
   * for whole days dropped).
   */
  long purgeExpired();

  /**
   * Deletes check-ins before {@code cutoff}. On MariaDB: the whole UTC days before the cutoff's day
   * (partitions dropped; rows of the cutoff's own day stay until the next day's run); on H2: every
   * row before it, in batches of {@code batchSize}.
   */
  long purgeBefore(Instant cutoff, int batchSize);

  int retentionDays();

  /**
   * Creates the missing day partitions of check-ins through a week ahead (MariaDB; the hourly job
   * does the same); returns the days created, empty on H2.
   */
  List<LocalDate> keepPartitionsAhead();
}
