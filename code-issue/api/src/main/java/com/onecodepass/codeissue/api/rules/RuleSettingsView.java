package com.onecodepass.codeissue.api.rules;

import java.util.List;
import java.util.Map;

/**
 * The editable part of a rule set: windows, testing intervals per group, risk cities and each
 * rule's exit thresholds (colours and priorities are shown, not edited here).
 */
public record RuleSettingsView(
    int version,
    int companionWindowMinutes,
    int lookBackDays,
    Map<String, Integer> periodicTestHours,
    List<String> riskCities,
    List<ExitSetting> exits) {

  /** One rule's colour and how its condition ends by itself. */
  public record ExitSetting(
      String condition,
      String colour,
      int priority,
      int quarantineDays,
      int negativeTests,
      int negativeSpacingHours) {}
}
