package com.onecodepass.triprecord.checkin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void aScanKeyIsTheSameWithinAFiveMinuteBucketAndFitsTheColumn() {
    Instant t = Instant.parse("2026-11-20T10:00:00Z");
    assertThat(IdempotencyKeys.scan(7, 9, t))
        .isEqualTo(IdempotencyKeys.scan(7, 9, t.plusSeconds(299)));
    assertThat(IdempotencyKeys.scan(7, 9, t))
        .isNotEqualTo(IdempotencyKeys.scan(7, 9, t.plusSeconds(300)));
    assertThat(IdempotencyKeys.scan(7, 9, t)).isNotEqualTo(IdempotencyKeys.scan(7, 10, t));
    assertThat(IdempotencyKeys.scan(8, 9, t)).isNotEqualTo(IdempotencyKeys.scan(7, 9, t));
    assertThat(IdempotencyKeys.scan(Long.MAX_VALUE, Long.MAX_VALUE, t).length())
        .isLessThanOrEqualTo(64);
  }

  @Test
  void aTransitKeyDependsOnGateAndEventAndFitsTheColumn() {
    String key = IdempotencyKeys.transit("metro-2-gate-17", "x".repeat(500));
    assertThat(key).hasSize(64).startsWith("t:");
    assertThat(IdempotencyKeys.transit("a", "1")).isNotEqualTo(IdempotencyKeys.transit("b", "1"));
    assertThat(IdempotencyKeys.transit("a", "1")).isEqualTo(IdempotencyKeys.transit("a", "1"));
  }
}
