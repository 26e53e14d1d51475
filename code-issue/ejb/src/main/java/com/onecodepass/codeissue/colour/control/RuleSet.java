package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.rules.ConditionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The colour rules as data: one rule per condition, plus the windows other modules and jobs use.
 * Changed by a city admin as a new version, never by a redeploy.
 *
 * @param companionWindowMinutes same venue within this many minutes of a case = companion
 * @param lookBackDays how far back tracing and risk-area matching look
 * @param periodicTestHours per testing group, the longest a member may go without a negative
 * @param riskCities arrivals from these cities get {@link ConditionType#ARRIVAL_FROM_RISK_CITY}
 */
public record RuleSet(
    int version,
    int companionWindowMinutes,
    int lookBackDays,
    Map<String, Integer> periodicTestHours,
    Set<String> riskCities,
    List<Rule> rules) {

  public RuleSet {
    if (companionWindowMinutes <= 0 || lookBackDays <= 0) {
      throw new IllegalArgumentException("windows must be positive");
    }
    periodicTestHours = periodicTestHours == null ? Map.of() : Map.copyOf(periodicTestHours);
    riskCities = riskCities == null ? Set.of() : Set.copyOf(riskCities);
    rules = List.copyOf(rules);
    Map<ConditionType, Rule> seen = new EnumMap<>(ConditionType.class);
    for (Rule rule : rules) {
      if (seen.put(rule.condition(), rule) != null) {
        throw new IllegalArgumentException("two rules for " + rule.condition());
      }
    }
  }

  public Optional<Rule> ruleFor(ConditionType condition) {
    return rules.stream().filter(r -> r.condition() == condition).findFirst();
  }

  public RuleSet withVersion(int newVersion) {
    return new RuleSet(
        newVersion, companionWindowMinutes, lookBackDays, periodicTestHours, riskCities, rules);
  }
}
