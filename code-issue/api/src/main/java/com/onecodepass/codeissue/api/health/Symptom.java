package com.onecodepass.codeissue.api.health;

/** What a health declaration asks about; any one of them is a declared symptom. */
public enum Symptom {
  FEVER,
  COUGH,
  SORE_THROAT,
  LOSS_OF_SMELL_OR_TASTE,
  FATIGUE
}
