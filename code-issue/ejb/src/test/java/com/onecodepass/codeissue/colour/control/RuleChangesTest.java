package com.onecodepass.codeissue.colour.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.rules.ConditionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleChangesTest {

  @Test
  void namesEachChangedValueWithBeforeAndAfter() {
    RuleSet before = RuleSetJson.defaults();
    Map<String, Integer> hours = new HashMap<>(before.periodicTestHours());
    hours.put("COURIER", 96);
    List<Rule> rules = new ArrayList<>();
    for (Rule r : before.rules()) {
      rules.add(
          r.condition() == ConditionType.CLOSE_CONTACT
              ? new Rule(
                  r.condition(), r.colour(), r.priority(), r.category(), new ExitPolicy(10, 2, 24))
              : r);
    }
    RuleSet after = new RuleSet(2, 45, before.lookBackDays(), hours, before.riskCities(), rules);

    assertThat(RuleChanges.between(before, after))
        .containsExactly(
            "companionWindowMinutes: 30 → 45",
            "periodicTestHours.COURIER: 72 → 96",
            "CLOSE_CONTACT.quarantineDays: 14 → 10");
  }

  @Test
  void sameValuesNoChangesAndTheFirstVersionSaysSo() {
    RuleSet rules = RuleSetJson.defaults();
    assertThat(RuleChanges.between(rules, rules.withVersion(5))).isEmpty();
    assertThat(RuleChanges.between(null, rules)).containsExactly("initial rule set");
  }
}
