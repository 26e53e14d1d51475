package com.onecodepass.triprecord.api.tracing;

/**
 * A trace as the officer typed it on the tracing page: a case's citizen id and/or close contacts'
 * ids (separated by commas or spaces), the look-back in days and the window in minutes. Text, not
 * numbers: {@link Tracing#trace} reads it and refuses what is not a number rather than dropping it,
 * so an officer never traces from fewer people than they typed.
 */
public record TraceRequest(String caseId, String contacts, String days, String window) {

  /** The look-back, in days, when none is typed. */
  public static final long DEFAULT_DAYS = 14;

  /** The window, in minutes, when none is typed. */
  public static final long DEFAULT_WINDOW = 30;

  /** Neither a case nor contacts: the page was opened, nothing was asked. */
  public boolean isEmpty() {
    return blank(caseId) && blank(contacts);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
