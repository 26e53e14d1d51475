package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionType;

/**
 * One line of the rule set: a condition gives a colour with a priority (higher wins), a reason
 * category the citizen may see, and an exit policy.
 */
public record Rule(
    ConditionType condition, CodeColour colour, int priority, String category, ExitPolicy exit) {

  public Rule {
    if (condition == null || colour == null || category == null || category.isBlank()) {
      throw new IllegalArgumentException("a rule needs a condition, a colour and a category");
    }
    if (exit == null) {
      exit = ExitPolicy.STAFF_ONLY;
    }
  }
}
