package com.onecodepass.platform.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The city's time zone: days, hours on dashboards, "today" on a code and check-in partitions are
 * the city's, whatever zone a node runs in.
 */
public final class CityClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CityClock() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  public static ZonedDateTime now() {
    return ZonedDateTime.now(ZONE);
  }
}
