package com.onecodepass.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflinePolicyTest {

  @Test
  void defaultsToHalfAnHourWhenUnsetOrUnreadable() {
    assertThat(OfflinePolicy.minutes(null)).isEqualTo(30);
    assertThat(OfflinePolicy.minutes(" ")).isEqualTo(30);
    assertThat(OfflinePolicy.minutes("half an hour")).isEqualTo(30);
  }

  @Test
  void isClampedBetweenOffAndOneDay() {
    assertThat(OfflinePolicy.minutes("0")).isZero();
    assertThat(OfflinePolicy.minutes("-5")).isZero();
    assertThat(OfflinePolicy.minutes("90")).isEqualTo(90);
    assertThat(OfflinePolicy.minutes("100000")).isEqualTo(1440);
  }
}
