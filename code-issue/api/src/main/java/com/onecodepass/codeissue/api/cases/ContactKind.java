package com.onecodepass.codeissue.api.cases;

import com.onecodepass.codeissue.api.rules.ConditionType;

/** Which tracing a run was and which decision confirming from it records. */
public enum ContactKind {
  /** Companions of the case; confirmed as {@link ConditionType#CLOSE_CONTACT}. */
  CLOSE,
  /** Companions of close contacts; confirmed as {@link ConditionType#SECONDARY_CONTACT}. */
  SECONDARY;

  public ConditionType condition() {
    return this == CLOSE ? ConditionType.CLOSE_CONTACT : ConditionType.SECONDARY_CONTACT;
  }
}
