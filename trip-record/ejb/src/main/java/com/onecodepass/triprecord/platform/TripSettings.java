package com.onecodepass.triprecord.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * trip-record's deployment settings: a system property ({@code ocp.trips.retention.days}) wins over
 * the environment variable of the same name upper-cased with underscores.
 */
public final class TripSettings {

  private TripSettings() {}

  static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  static int positiveInt(String name, int fallback) {
    return get(name)
        .map(
            v -> {
              try {
                int parsed = Integer.parseInt(v);
                if (parsed > 0) {
                  return parsed;
                }
              } catch (NumberFormatException e) {
                // fall through: a bad setting must not stop the node; the default applies
              }
              return fallback;
            })
        .orElse(fallback);
  }

  /** How long trips are kept: {@code ocp.trips.retention.days}, default 28. */
  public static int retentionDays() {
    return positiveInt("ocp.trips.retention.days", 28);
  }

  /** Rows per delete statement of the retention job: {@code ocp.trips.retention.batch}. */
  public static int retentionBatch() {
    return positiveInt("ocp.trips.retention.batch", 5000);
  }

  /** Tracing look-back: {@code ocp.tracing.lookback.days}, default 14. */
  public static Duration tracingLookBack() {
    return Duration.ofDays(positiveInt("ocp.tracing.lookback.days", 14));
  }

  /** Tracing window either side of a visit: {@code ocp.tracing.window.minutes}, default 30. */
  public static Duration tracingWindow() {
    return Duration.ofMinutes(positiveInt("ocp.tracing.window.minutes", 30));
  }

  /**
   * Most check-ins waiting for a commit on a node: {@code ocp.checkins.queue}; more are refused.
   */
  public static int checkInQueue() {
    return positiveInt("ocp.checkins.queue", 512);
  }

  /** Most check-ins written by one transaction: {@code ocp.checkins.group}. */
  public static int checkInGroup() {
    return positiveInt("ocp.checkins.group", 100);
  }

  /** How long a check-in may wait to be taken into a group: {@code ocp.checkins.queue-wait-ms}. */
  public static int checkInQueueWaitMillis() {
    return positiveInt("ocp.checkins.queue-wait-ms", 1000);
  }

  /** Groups written at once per node: {@code ocp.checkins.writers}. */
  public static int checkInWriters() {
    return positiveInt("ocp.checkins.writers", 1);
  }
}
