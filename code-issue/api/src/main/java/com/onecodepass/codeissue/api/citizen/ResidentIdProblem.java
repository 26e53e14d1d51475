package com.onecodepass.codeissue.api.citizen;

public enum ResidentIdProblem {
  EMPTY("empty"),
  LENGTH("length"),
  CHARACTERS("characters"),
  REGION("region"),
  BIRTH_DATE("birthDate"),
  CHECK_DIGIT("checkDigit");

  private final String key;

  ResidentIdProblem(String key) {
    this.key = key;
  }

  /** Resource-bundle key, e.g. {@code residentId.birthDate}. */
  public String messageKey() {
    return "residentId." + key;
  }
}
