package com.onecodepass.codeissue.api.testing;

/**
 * One reported result (an API item or an imported CSV row) is unacceptable; {@code reason} is the
 * stable public code shown in receipts and import reports (e.g. {@code invalid-time}).
 */
public class RowRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public RowRejected(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
