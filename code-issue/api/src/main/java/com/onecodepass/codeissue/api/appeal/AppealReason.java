package com.onecodepass.codeissue.api.appeal;

/** Why a citizen thinks their code colour is wrong. */
public enum AppealReason {
  TESTED_NEGATIVE,
  NOT_THERE,
  DATA_ERROR,
  OTHER
}
