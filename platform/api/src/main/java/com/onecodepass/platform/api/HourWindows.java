package com.onecodepass.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The time arithmetic of the dashboards. Aggregates are kept per whole hour (UTC, as the database
 * stores times); "the last N hours" is the current hour and the N-1 before it, and "today" is the
 * calendar day in Asia/Shanghai, whose midnight is a whole UTC hour.
 */
public final class HourWindows {

  public static final ZoneId CITY_ZONE = CityClock.ZONE;

  private HourWindows() {}

  public static Instant hourOf(Instant t) {
    return t.truncatedTo(ChronoUnit.HOURS);
  }

  /** Hours since 1970-01-01T00:00Z: how the aggregate tables key an hour. */
  public static long epochHour(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), 3600);
  }

  /** The epoch hour of a database (UTC) date and hour of day. */
  public static long epochHour(LocalDate utcDay, int hourOfDay) {
    return utcDay.toEpochDay() * 24 + hourOfDay;
  }

  public static Instant startOf(long epochHour) {
    return Instant.ofEpochSecond(epochHour * 3600);
  }

  /** The first hour bucket inside "the last {@code hours} hours" as of {@code now}. */
  public static Instant firstHourOfLast(int hours, Instant now) {
    return hourOf(now).minus(Math.max(1, hours) - 1L, ChronoUnit.HOURS);
  }

  /** Midnight of {@code now}'s day in the city. */
  public static Instant startOfToday(Instant now) {
    return LocalDate.ofInstant(now, CITY_ZONE).atStartOfDay(CITY_ZONE).toInstant();
  }

  /** Share of {@code part} in {@code whole} as a percentage with one decimal; 0 for no one. */
  public static double percent(long part, long whole) {
    if (whole <= 0) {
      return 0.0;
    }
    return Math.round(part * 1000.0 / whole) / 10.0;
  }
}
