package com.onecodepass.codeissue.api;

public enum TestOutcome {
  NEGATIVE,
  POSITIVE
}
