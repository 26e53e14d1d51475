package com.onecodepass.web.citizen;

import com.onecodepass.platform.api.CityClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on citizen pages, in the city's zone whatever the server's. */
public final class CitizenTime {

  static final ZoneId CITY = CityClock.ZONE;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CitizenTime() {}

  public static String format(Instant at) {
    return at == null ? "" : MINUTE.format(at.atZone(CITY));
  }

  static LocalDate today() {
    return LocalDate.now(CITY);
  }
}
