package com.onecodepass.web.integration.control;

/** Limits of the integrator APIs; system properties (or upper-cased environment variables). */
public final class ApiSettings {

  /** Items per batch (the contract says 10,000). */
  public static final int MAX_BATCH_ITEMS = 10_000;

  private ApiSettings() {}

  /** Public token verifications per client address and second. */
  public static int verifyPerAddressPerSecond() {
    return integer("ocp.api.verify.per-address-per-second", 50);
  }

  /** Failed sign-ins per client address and minute before further attempts are refused. */
  public static int failedAuthPerAddressPerMinute() {
    return integer("ocp.api.auth-failures.per-address-per-minute", 30);
  }

  /** Largest accepted request body of /api and /ws. */
  public static long maxBodyBytes() {
    return integer("ocp.api.max-body-bytes", 8 * 1024 * 1024);
  }

  static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
