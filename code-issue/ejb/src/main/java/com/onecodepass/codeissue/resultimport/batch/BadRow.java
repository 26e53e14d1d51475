package com.onecodepass.codeissue.resultimport.batch;

/** The job's skippable exception: one line is not a valid result. */
public class BadRow extends Exception {

  private static final long serialVersionUID = 1L;

  private final long lineNo;
  private final String reason;
  private final String raw;

  public BadRow(long lineNo, String reason, String raw) {
    super("line " + lineNo + ": " + reason, null, false, false);
    this.lineNo = lineNo;
    this.reason = reason;
    this.raw = raw;
  }

  public long lineNo() {
    return lineNo;
  }

  public String reason() {
    return reason;
  }

  public String raw() {
    return raw;
  }
}
