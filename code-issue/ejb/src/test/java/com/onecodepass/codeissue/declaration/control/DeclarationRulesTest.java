package com.onecodepass.codeissue.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeclarationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 1, 4);
  private static final Set<String> RISK = Set.of("石家庄", "天津");

  @Test
  void riskCityWithinTheLookBackCounts() {
    assertThat(DeclarationRules.isRiskArrival("天津", TODAY.minusDays(3), RISK, 14, TODAY)).isTrue();
    assertThat(DeclarationRules.isRiskArrival("天津市", TODAY, RISK, 14, TODAY)).isTrue();
    assertThat(DeclarationRules.isRiskArrival("天津", TODAY.minusDays(14), RISK, 14, TODAY)).isTrue();
  }

  @Test
  void otherCitiesAndOldArrivalsDoNot() {
    assertThat(DeclarationRules.isRiskArrival("北京", TODAY, RISK, 14, TODAY)).isFalse();
    assertThat(DeclarationRules.isRiskArrival("天津", TODAY.minusDays(15), RISK, 14, TODAY))
        .isFalse();
    assertThat(DeclarationRules.isRiskArrival(null, null, RISK, 14, TODAY)).isFalse();
  }

  @Test
  void cityNamesAreLettersOnly() {
    assertThat(DeclarationRules.city("  石家庄 ")).isEqualTo("石家庄");
    assertThat(DeclarationRules.city(" ")).isNull();
    assertThat(DeclarationRules.city("Xi'an".replace("'", ""))).isEqualTo("Xian");
    assertThat(refusal(() -> DeclarationRules.city("<b>天津</b>"))).isEqualTo("declaration.city");
    assertThat(refusal(() -> DeclarationRules.city("天津123"))).isEqualTo("declaration.city");
  }

  @Test
  void cityAndDateGoTogetherAndTheDateIsPlausible() {
    assertThatCode(() -> DeclarationRules.checkArrival(null, null, TODAY))
        .doesNotThrowAnyException();
    assertThat(refusal(() -> DeclarationRules.checkArrival(null, TODAY, TODAY)))
        .isEqualTo("declaration.cityMissing");
    assertThat(refusal(() -> DeclarationRules.checkArrival("天津", null, TODAY)))
        .isEqualTo("declaration.arrivalDate");
    assertThat(refusal(() -> DeclarationRules.checkArrival("天津", TODAY.plusDays(1), TODAY)))
        .isEqualTo("declaration.arrivalDate");
    assertThat(refusal(() -> DeclarationRules.checkArrival("天津", TODAY.minusDays(61), TODAY)))
        .isEqualTo("declaration.arrivalDate");
  }

  private static String refusal(Runnable r) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, r::run);
    assertThat(e).as("refused").isNotNull();
    return e.messageKey();
  }
}
