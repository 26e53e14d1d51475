package com.onecodepass.triprecord.tracing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OverlapRuleTest {

  private static final Duration WINDOW = Duration.ofMinutes(30);
  private static final Instant CASE = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void exactlyOneWindowApartIsACompanionWithZeroOverlap() {
    assertThat(OverlapRule.companions(CASE, CASE.plus(WINDOW), WINDOW)).isTrue();
    assertThat(OverlapRule.companions(CASE, CASE.minus(WINDOW), WINDOW)).isTrue();
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plus(WINDOW), WINDOW)).hasValue(0);
    assertThat(OverlapRule.overlapMinutes(CASE.minus(WINDOW), CASE, WINDOW)).hasValue(0);
  }

  @Test
  void thirtyOneMinutesApartIsNotACompanionEitherWay() {
    assertThat(OverlapRule.companions(CASE, CASE.plusSeconds(31 * 60), WINDOW)).isFalse();
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plusSeconds(31 * 60), WINDOW)).isEmpty();
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.minusSeconds(31 * 60), WINDOW)).isEmpty();
  }

  @Test
  void oneMillisecondPastTheWindowIsNotACompanion() {
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plus(WINDOW).plusMillis(1), WINDOW)).isEmpty();
  }

  @Test
  void overlapIsTheSharedPartOfTwoAssumedStays() {
    assertThat(OverlapRule.overlapMinutes(CASE, CASE, WINDOW)).hasValue(30);
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plusSeconds(10 * 60), WINDOW)).hasValue(20);
    assertThat(OverlapRule.overlapMinutes(CASE.plusSeconds(29 * 60), CASE, WINDOW)).hasValue(1);
    // partial minutes round down: 29.5 minutes apart share 0.5 minutes -> 0
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plusSeconds(29 * 60 + 30), WINDOW))
        .hasValue(0);
  }

  @Test
  void theWindowIsConfigurable() {
    Duration fifteen = Duration.ofMinutes(15);
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plusSeconds(20 * 60), fifteen)).isEmpty();
    assertThat(OverlapRule.overlapMinutes(CASE, CASE.plusSeconds(5 * 60), fifteen)).hasValue(10);
  }
}
