package com.onecodepass.triprecord.api.riskarea;

import com.onecodepass.codeissue.api.rules.ConditionType;
import java.util.Optional;

/**
 * How risky an area is, and the condition a visit during its period records for the visitor. The
 * rule set decides the colour of that condition; a low-risk area is published for information and
 * records nothing.
 */
public enum RiskAreaLevel {
  HIGH(ConditionType.HIGH_RISK_AREA_TRIP),
  MEDIUM(ConditionType.MEDIUM_RISK_AREA_TRIP),
  LOW(null);

  private final ConditionType condition;

  RiskAreaLevel(ConditionType condition) {
    this.condition = condition;
  }

  public Optional<ConditionType> condition() {
    return Optional.ofNullable(condition);
  }
}
