package com.onecodepass.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HourWindowsTest {

  private static final Instant NOW = Instant.parse("2026-03-10T17:42:10Z");

  @Test
  void theLastDayIsTheCurrentHourAndTheTwentyThreeBefore() {
    assertThat(HourWindows.firstHourOfLast(24, NOW))
        .isEqualTo(Instant.parse("2026-03-09T18:00:00Z"));
    assertThat(HourWindows.firstHourOfLast(1, NOW))
        .isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
    assertThat(HourWindows.firstHourOfLast(72, NOW))
        .isEqualTo(Instant.parse("2026-03-07T18:00:00Z"));
  }

  @Test
  void epochHoursRoundTripAndAgreeWithDatabaseDayAndHour() {
    long h = HourWindows.epochHour(NOW);
    assertThat(HourWindows.startOf(h)).isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
    assertThat(HourWindows.epochHour(java.time.LocalDate.parse("2026-03-10"), 17)).isEqualTo(h);
    assertThat(HourWindows.epochHour(Instant.parse("1969-12-31T23:30:00Z"))).isEqualTo(-1);
  }

  @Test
  void todayStartsAtMidnightInTheCity() {
    // 17:42 UTC is 01:42 on the 11th in Xi'an.
    assertThat(HourWindows.startOfToday(NOW)).isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
    assertThat(HourWindows.startOfToday(Instant.parse("2026-03-10T15:59:59Z")))
        .isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
  }

  @Test
  void percentagesHaveOneDecimalAndNoDivisionByZero() {
    assertThat(HourWindows.percent(1, 3)).isEqualTo(33.3);
    assertThat(HourWindows.percent(2, 3)).isEqualTo(66.7);
    assertThat(HourWindows.percent(5, 0)).isEqualTo(0.0);
    assertThat(HourWindows.percent(7, 7)).isEqualTo(100.0);
  }
}
