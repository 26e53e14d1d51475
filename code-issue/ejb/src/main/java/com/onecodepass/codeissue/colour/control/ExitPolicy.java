package com.onecodepass.codeissue.colour.control;

/**
 * How a condition ends by itself: after {@code quarantineDays} (0: no quarantine) and once {@code
 * negativeTests} negative samples taken after its start, at least {@code negativeSpacingHours}
 * apart, are on record. Both zero: only a staff decision ends it.
 */
public record ExitPolicy(int quarantineDays, int negativeTests, int negativeSpacingHours) {

  public static final ExitPolicy STAFF_ONLY = new ExitPolicy(0, 0, 0);

  public ExitPolicy {
    if (quarantineDays < 0 || negativeTests < 0 || negativeSpacingHours < 0) {
      throw new IllegalArgumentException("exit policy values must not be negative");
    }
  }

  public boolean staffOnly() {
    return quarantineDays == 0 && negativeTests == 0;
  }
}
