package com.onecodepass.codeissue.vaccination.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoseRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 1, 4);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void acceptsDosesOneToFiveUpToToday(int dose) {
    assertThatCode(() -> DoseRules.check(dose, TODAY, TODAY, List.of())).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 6, 99})
  void refusesDosesOutsideOneToFive(int dose) {
    assertThat(refusal(() -> DoseRules.check(dose, TODAY, TODAY, List.of())))
        .isEqualTo("vaccination.dose");
  }

  @Test
  void refusesAFutureOrMissingDate() {
    assertThat(refusal(() -> DoseRules.check(1, TODAY.plusDays(1), TODAY, List.of())))
        .isEqualTo("vaccination.date");
    assertThat(refusal(() -> DoseRules.check(1, null, TODAY, List.of())))
        .isEqualTo("vaccination.date");
  }

  @Test
  void refusesADoseAlreadyOnRecordButNotAnother() {
    assertThat(refusal(() -> DoseRules.check(2, TODAY, TODAY, List.of(1, 2))))
        .isEqualTo("vaccination.duplicate");
    assertThatCode(() -> DoseRules.check(3, TODAY, TODAY, List.of(1, 2)))
        .doesNotThrowAnyException();
  }

  @Test
  void vaccineAndSiteAreStrippedAndBounded() {
    assertThat(DoseRules.vaccine("  科兴 ")).isEqualTo("科兴");
    assertThat(refusal(() -> DoseRules.vaccine(" "))).isEqualTo("vaccination.vaccine");
    assertThat(refusal(() -> DoseRules.site("x".repeat(81)))).isEqualTo("vaccination.site");
    assertThat(refusal(() -> DoseRules.site("<script>"))).isEqualTo("vaccination.site");
  }

  private static String refusal(Runnable r) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, r::run);
    assertThat(e).as("refused").isNotNull();
    return e.messageKey();
  }
}
