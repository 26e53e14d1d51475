package com.onecodepass.codeissue.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13812341234",
        " 138 1234 1234 ",
        "138-1234-1234",
        "+86 138 1234 1234",
        "+8613812341234",
        "8613812341234",
        "86-138-1234-1234",
        "138\u30001234\u30001234"
      })
  void normalisesAcceptedForms(String raw) {
    assertThat(MobileNumber.parse(raw).value()).isEqualTo("13812341234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13312341234", "14512341234", "19912341234", "18600000000"})
  void acceptsSecondDigitThreeToNine(String raw) {
    assertThat(MobileNumber.parse(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12812341234", // second digit 2
        "10812341234",
        "23812341234", // does not start with 1
        "1381234123", // 10 digits
        "138123412345", // 12 digits
        "+8513812341234",
        "+86138123412345",
        "0086 13812341234",
        "1381234123a",
        "138.1234.1234",
        "１３８１２３４１２３４", // full-width digits
        "abc",
        "--"
      })
  void rejectsInvalid(String raw) {
    assertThatThrownBy(() -> MobileNumber.parse(raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("mobile");
              assertThat(e.messageKey()).isEqualTo("mobile.invalid");
            });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void rejectsEmpty(String raw) {
    assertThatThrownBy(() -> MobileNumber.parse(raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("mobile.empty"));
  }

  @Test
  void masksMiddleFourDigits() {
    MobileNumber m = MobileNumber.parse("13812341234");
    assertThat(m.masked()).isEqualTo("138****1234");
    assertThat(m.toString()).isEqualTo("138****1234");
  }

  @Test
  void equalityIsByNormalisedValue() {
    assertThat(MobileNumber.parse("+86 138-1234-1234"))
        .isEqualTo(MobileNumber.parse("13812341234"))
        .hasSameHashCodeAs(MobileNumber.parse("13812341234"));
  }
}
