package com.onecodepass.codeissue.api.testing;

/** Where a result import is: loading rows, then recolouring the people it touched. */
public enum ImportStatus {
  QUEUED,
  LOADING,
  RECOLOURING,
  COMPLETED,
  STOPPED,
  FAILED
}
