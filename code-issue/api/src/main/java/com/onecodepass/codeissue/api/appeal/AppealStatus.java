package com.onecodepass.codeissue.api.appeal;

public enum AppealStatus {
  OPEN,
  APPROVED,
  REJECTED
}
