package com.onecodepass.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  static final Instant AT = Instant.parse("2022-01-04T08:00:00Z");

  @Test
  void everyFieldAndThePreviousHashCount() {
    String base = AuditHash.of("0", AT, "yanta", "DISTRICT_STAFF", "lookup", "6101**********1234");
    assertThat(base)
        .hasSize(64)
        .isEqualTo(
            AuditHash.of("0", AT, "yanta", "DISTRICT_STAFF", "lookup", "6101**********1234"));
    assertThat(AuditHash.of("1", AT, "yanta", "DISTRICT_STAFF", "lookup", "6101**********1234"))
        .isNotEqualTo(base);
    assertThat(
            AuditHash.of(
                "0", AT.plusMillis(1), "yanta", "DISTRICT_STAFF", "lookup", "6101**********1234"))
        .isNotEqualTo(base);
    assertThat(AuditHash.of("0", AT, "yanta", "DISTRICT_STAFF", "lookup", "6101**********1235"))
        .isNotEqualTo(base);
  }

  @Test
  void fieldBoundariesAndNullsCannotBeShifted() {
    assertThat(AuditHash.of("0", AT, "ab", "c")).isNotEqualTo(AuditHash.of("0", AT, "a", "bc"));
    assertThat(AuditHash.of("0", AT, (String) null)).isNotEqualTo(AuditHash.of("0", AT, ""));
  }
}
