package com.onecodepass.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"610113", "610102", "610124", "110101", "820001"})
  void sixDigitsWithAProvinceAreADistrictCode(String code) {
    assertThat(DistrictCode.of(code).value()).isEqualTo(code);
    assertThat(DistrictCode.wellFormed(code)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", " ", "61011", "6101130", " 610113", "61011a", "６１０１１３", "000000", "999999"})
  void anythingElseIsRefused(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> DistrictCode.of(code));
    assertThat(DistrictCode.wellFormed(code)).isFalse();
  }

  @Test
  void equalByValue() {
    assertThat(DistrictCode.of("610113"))
        .isEqualTo(new DistrictCode("610113"))
        .hasSameHashCodeAs(DistrictCode.of("610113"));
    assertThat(DistrictCode.of("610113")).isNotEqualTo(DistrictCode.of("610102"));
  }

  @Test
  void printsAsTheBareCode() {
    assertThat(DistrictCode.of("610113")).hasToString("610113");
  }
}
