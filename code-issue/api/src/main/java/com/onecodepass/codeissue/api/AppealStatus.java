package com.onecodepass.codeissue.api;

public enum AppealStatus {
  OPEN,
  APPROVED,
  REJECTED
}
