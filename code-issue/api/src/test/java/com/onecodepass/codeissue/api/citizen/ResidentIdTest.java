package com.onecodepass.codeissue.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.onecodepass.platform.api.CityClock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  /** Appends the correct check digit, so each case fails for exactly one reason. */
  private static String valid(String first17) {
    return first17 + ResidentId.checkDigitFor(first17);
  }

  private static char wrongCheckDigit(String first17) {
    return ResidentId.checkDigitFor(first17) == '0' ? '1' : '0';
  }

  static Stream<Arguments> problems() {
    LocalDate tomorrow = LocalDate.now(CityClock.ZONE).plusDays(1);
    return Stream.of(
        arguments(null, ResidentIdProblem.EMPTY),
        arguments("", ResidentIdProblem.EMPTY),
        arguments("   ", ResidentIdProblem.EMPTY),
        arguments("110105491231002", ResidentIdProblem.LENGTH),
        arguments("11010519491231002", ResidentIdProblem.LENGTH),
        arguments("11010519491231002X1", ResidentIdProblem.LENGTH),
        arguments("1101051949 1231002X", ResidentIdProblem.LENGTH),
        arguments("11010519491231A02X", ResidentIdProblem.CHARACTERS),
        arguments("1101051949123100XX", ResidentIdProblem.CHARACTERS),
        arguments("11010519491231002Y", ResidentIdProblem.CHARACTERS),
        arguments("１10105194912310021", ResidentIdProblem.CHARACTERS),
        arguments(valid("99010519900101123"), ResidentIdProblem.REGION),
        arguments(valid("00000019900101123"), ResidentIdProblem.REGION),
        arguments(valid("16010519900101123"), ResidentIdProblem.REGION),
        arguments(valid("11000019900101123"), ResidentIdProblem.REGION),
        arguments(valid("11010519900230123"), ResidentIdProblem.BIRTH_DATE),
        arguments(valid("11010519901301123"), ResidentIdProblem.BIRTH_DATE),
        arguments(valid("11010519900100123"), ResidentIdProblem.BIRTH_DATE),
        arguments(valid("11010519000229123"), ResidentIdProblem.BIRTH_DATE),
        arguments(valid("11010518991231123"), ResidentIdProblem.BIRTH_DATE),
        arguments(
            valid("110105" + tomorrow.format(YYYYMMDD) + "123"), ResidentIdProblem.BIRTH_DATE),
        arguments("11010519491231002" + '1', ResidentIdProblem.CHECK_DIGIT),
        arguments(
            "61011319900101123" + wrongCheckDigit("61011319900101123"),
            ResidentIdProblem.CHECK_DIGIT));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void rejectsWithTheRightProblem(String raw, ResidentIdProblem expected) {
    assertThatThrownBy(() -> ResidentId.parse(raw))
        .isInstanceOfSatisfying(
            InvalidResidentIdException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(expected);
              assertThat(e.field()).isEqualTo("residentId");
              assertThat(e.messageKey()).isEqualTo(expected.messageKey());
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X",
        "440305200002290017", // leap day
        "820101190001010001",
        "710101197012310011"
      })
  void acceptsValidNumbers(String first17AndAny) {
    String id = valid(first17AndAny.substring(0, 17));
    assertThat(ResidentId.parse(id).value()).isEqualTo(id);
  }

  @Test
  void knownGoodNumberEndingInX() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.regionCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void computedCheckDigitsAreAccepted() {
    String id = valid("61011319900101123");
    assertThat(ResidentId.parse(id).value()).isEqualTo(id);
  }

  @Test
  void bornTodayIsAccepted() {
    LocalDate today = LocalDate.now(CityClock.ZONE);
    String id = valid("110105" + today.format(YYYYMMDD) + "123");
    assertThat(ResidentId.parse(id).birthDate()).isEqualTo(today);
  }

  @Test
  void lowerCaseXIsAcceptedAndNormalised() {
    assertThat(ResidentId.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void checkDigitMatchesTheStandardExample() {
    assertThat(ResidentId.checkDigitFor("11010519491231002")).isEqualTo('X');
    assertThatThrownBy(() -> ResidentId.checkDigitFor("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maskedShowsFourAndFour() {
    String id = valid("61011319900101123");
    ResidentId parsed = ResidentId.parse(id);
    assertThat(parsed.masked())
        .isEqualTo("6101**********" + id.substring(14))
        .hasSize(18)
        .startsWith("6101")
        .contains("**********");
  }

  @Test
  void toStringDoesNotLeakTheNumber() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.toString()).isEqualTo("1101**********002X").doesNotContain("19491231");
  }

  @Test
  void exceptionMessageDoesNotLeakTheNumber() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .hasMessageNotContaining("110105194912310021");
  }

  @Test
  void equalityIsByValue() {
    assertThat(ResidentId.parse("11010519491231002x"))
        .isEqualTo(ResidentId.parse("11010519491231002X"))
        .hasSameHashCodeAs(ResidentId.parse("11010519491231002X"));
  }
}
