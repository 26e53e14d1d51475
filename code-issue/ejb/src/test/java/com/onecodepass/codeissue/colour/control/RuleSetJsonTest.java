package com.onecodepass.codeissue.colour.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.rules.ConditionType;
import org.junit.jupiter.api.Test;

class RuleSetJsonTest {

  @Test
  void defaultsCoverEveryConditionOnce() {
    RuleSet rules = RuleSetJson.defaults();
    for (ConditionType type : ConditionType.values()) {
      assertThat(rules.ruleFor(type)).as(type.name()).isPresent();
    }
    assertThat(rules.companionWindowMinutes()).isEqualTo(30);
    assertThat(rules.lookBackDays()).isEqualTo(14);
  }

  @Test
  void roundTripsThroughJson() {
    RuleSet rules = RuleSetJson.defaults().withVersion(7);
    assertThat(RuleSetJson.read(RuleSetJson.write(rules))).isEqualTo(rules);
  }

  @Test
  void refusesDuplicateRulesAndGarbage() {
    String json = RuleSetJson.write(RuleSetJson.defaults());
    String duplicated = json.replace("\"ASYMPTOMATIC_CASE\"", "\"CONFIRMED_CASE\"");
    assertThatThrownBy(() -> RuleSetJson.read(duplicated))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSetJson.read("{not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RuleSetJson.read(json.replace("\"lookBackDays\":14", "\"lookBackDays\":0")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
