package com.onecodepass.codeissue.api.rules;

/** Where a condition came from; kept so every colour can be traced to a decision or a record. */
public enum ConditionSource {
  LAB,
  STAFF,
  TRACING,
  RISK_AREA,
  DECLARATION,
  SAMPLING
}
