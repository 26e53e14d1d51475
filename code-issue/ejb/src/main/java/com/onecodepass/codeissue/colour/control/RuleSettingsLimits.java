package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.rules.InvalidRuleSettingsException.Violation;
import com.onecodepass.codeissue.api.rules.RuleSettingsView;
import com.onecodepass.codeissue.api.rules.RuleSettingsView.ExitSetting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranges a city admin may set. Wide enough for any epidemic phase, narrow enough that a typo (a
 * 0 or an extra digit) cannot turn every code green or red at once. Pure: unit-tested.
 */
public final class RuleSettingsLimits {

  public static final int MAX_RISK_CITIES = 100;

  private RuleSettingsLimits() {}

  /** Every value out of range, in form order; empty when the settings may be published. */
  public static List<Violation> check(RuleSettingsView s, String reason) {
    List<Violation> v = new ArrayList<>();
    range(v, "companionWindowMinutes", s.companionWindowMinutes(), 5, 240);
    range(v, "lookBackDays", s.lookBackDays(), 1, 28);
    for (Map.Entry<String, Integer> e : s.periodicTestHours().entrySet()) {
      range(
          v, "periodicTestHours." + e.getKey(), e.getValue() == null ? -1 : e.getValue(), 12, 720);
    }
    for (ExitSetting x : s.exits()) {
      range(v, x.condition() + ".quarantineDays", x.quarantineDays(), 0, 60);
      range(v, x.condition() + ".negativeTests", x.negativeTests(), 0, 5);
      range(v, x.condition() + ".negativeSpacingHours", x.negativeSpacingHours(), 0, 168);
    }
    Set<String> seen = new HashSet<>();
    for (String city : s.riskCities()) {
      if (city == null || city.isBlank() || city.strip().length() > 20 || !seen.add(city.strip())) {
        v.add(new Violation("riskCities", "rules.error.city", 1, 20));
        break;
      }
    }
    if (s.riskCities().size() > MAX_RISK_CITIES) {
      v.add(new Violation("riskCities", "rules.error.cities", 0, MAX_RISK_CITIES));
    }
    if (reason == null || reason.strip().length() < 5 || reason.strip().length() > 300) {
      v.add(new Violation("reason", "rules.error.reason", 5, 300));
    }
    return v;
  }

  private static void range(List<Violation> v, String field, int value, int min, int max) {
    if (value < min || value > max) {
      v.add(new Violation(field, "rules.error.range", min, max));
    }
  }
}
