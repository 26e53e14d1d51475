package com.onecodepass.web.integration.control;

/** One batch item is unacceptable; {@code reason} is the public per-item code. */
public class ItemRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public ItemRejected(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
