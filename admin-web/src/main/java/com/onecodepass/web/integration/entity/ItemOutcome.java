package com.onecodepass.web.integration.entity;

/** What happened to one item of a batch; {@code reason} is a stable code when rejected. */
public record ItemOutcome(int index, String status, String reason) {

  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";

  public static ItemOutcome accepted(int index) {
    return new ItemOutcome(index, ACCEPTED, null);
  }

  public static ItemOutcome rejected(int index, ItemReason reason) {
    return new ItemOutcome(index, REJECTED, reason.code());
  }

  public boolean isAccepted() {
    return ACCEPTED.equals(status);
  }
}
