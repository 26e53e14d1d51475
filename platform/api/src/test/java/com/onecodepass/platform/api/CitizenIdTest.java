package com.onecodepass.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CitizenIdTest {

  @Test
  void aPositiveNumberIsACitizenId() {
    assertThat(CitizenId.of(42).value()).isEqualTo(42L);
    assertThat(CitizenId.of(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void zeroAndNegativeNumbersAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.of(0));
    assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.of(-7));
  }

  @Test
  void equalByValue() {
    assertThat(CitizenId.of(42)).isEqualTo(new CitizenId(42)).hasSameHashCodeAs(CitizenId.of(42));
    assertThat(CitizenId.of(42)).isNotEqualTo(CitizenId.of(43));
    assertThat(CitizenId.of(42)).isLessThan(CitizenId.of(43));
  }

  @Test
  void printsTheSurrogateNumberOnly() {
    assertThat(CitizenId.of(42)).hasToString("citizen#42");
  }
}
