package com.onecodepass.codeissue.colour.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.rules.InvalidRuleSettingsException.Violation;
import com.onecodepass.codeissue.api.rules.RuleSettingsView;
import com.onecodepass.codeissue.api.rules.RuleSettingsView.ExitSetting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsLimitsTest {

  private static RuleSettingsView settings(
      int companion, int lookBack, int medicalHours, List<String> cities, ExitSetting exit) {
    return new RuleSettingsView(
        3, companion, lookBack, Map.of("MEDICAL", medicalHours), cities, List.of(exit));
  }

  private static ExitSetting exit(int days, int negatives, int spacing) {
    return new ExitSetting("CLOSE_CONTACT", "RED", 90, days, negatives, spacing);
  }

  @Test
  void theDefaultsPass() {
    assertThat(
            RuleSettingsLimits.check(
                settings(30, 14, 48, List.of("天津"), exit(14, 2, 24)), "routine review"))
        .isEmpty();
  }

  @Test
  void everyValueOutOfRangeIsNamedWithItsRange() {
    List<Violation> v =
        RuleSettingsLimits.check(
            settings(0, 29, 11, List.of("天津"), exit(61, 6, 169)), "routine review");
    assertThat(v)
        .extracting(Violation::field)
        .containsExactly(
            "companionWindowMinutes",
            "lookBackDays",
            "periodicTestHours.MEDICAL",
            "CLOSE_CONTACT.quarantineDays",
            "CLOSE_CONTACT.negativeTests",
            "CLOSE_CONTACT.negativeSpacingHours");
    assertThat(v.get(0))
        .isEqualTo(new Violation("companionWindowMinutes", "rules.error.range", 5, 240));
  }

  @Test
  void theBoundariesAreAllowed() {
    assertThat(RuleSettingsLimits.check(settings(5, 1, 12, List.of(), exit(0, 0, 0)), "lower ends"))
        .isEmpty();
    assertThat(
            RuleSettingsLimits.check(
                settings(240, 28, 720, List.of(), exit(60, 5, 168)), "upper ends"))
        .isEmpty();
  }

  @Test
  void citiesMustBeShortAndListedOnce() {
    assertThat(
            RuleSettingsLimits.check(
                settings(30, 14, 48, List.of("天津", "天津"), exit(14, 2, 24)), "duplicate city"))
        .extracting(Violation::messageKey)
        .containsExactly("rules.error.city");
    assertThat(
            RuleSettingsLimits.check(
                settings(30, 14, 48, List.of("x".repeat(21)), exit(14, 2, 24)), "long city"))
        .extracting(Violation::messageKey)
        .containsExactly("rules.error.city");
  }

  @Test
  void aReasonIsRequired() {
    assertThat(RuleSettingsLimits.check(settings(30, 14, 48, List.of(), exit(14, 2, 24)), " ok "))
        .extracting(Violation::field)
        .containsExactly("reason");
    assertThat(RuleSettingsLimits.check(settings(30, 14, 48, List.of(), exit(14, 2, 24)), null))
        .extracting(Violation::field)
        .containsExactly("reason");
  }
}
