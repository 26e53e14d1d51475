package com.onecodepass.codeissue.api.testing;

public enum TestOutcome {
  NEGATIVE,
  POSITIVE
}
