package com.onecodepass.web.surge;

/**
 * What a request is for, which decides how much of the node it may use at once. The classes a
 * citizen meets in a queue (showing, verifying a code, checking in) get the largest shares; staff
 * and integrators keep a reserve of their own so a surge of citizens cannot lock them out, and vice
 * versa.
 */
public enum RequestClass {
  CODE_VIEW(32, 5),
  VERIFICATION(32, 3),
  CHECK_IN(24, 3),
  STAFF(12, 10),
  INTEGRATOR_API(16, 2),
  OTHER(16, 5);

  private final int defaultPermits;
  private final int retryAfterSeconds;

  RequestClass(int defaultPermits, int retryAfterSeconds) {
    this.defaultPermits = defaultPermits;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int defaultPermits() {
    return defaultPermits;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Classifies by path alone: cheap, and the same on every node. */
  public static RequestClass of(String path) {
    if (path.startsWith("/api/v1/me/check-ins")) {
      return CHECK_IN;
    }
    if (path.equals("/code.xhtml") || path.startsWith("/api/v1/me/")) {
      return CODE_VIEW;
    }
    if (path.startsWith("/c/")
        || path.equals("/verify.xhtml")
        || path.startsWith("/api/v1/tokens/")) {
      return VERIFICATION;
    }
    if (path.startsWith("/v/") || path.startsWith("/checkin") || path.startsWith("/me/trips")) {
      return CHECK_IN;
    }
    if (path.startsWith("/staff/") || path.equals("/j_security_check")) {
      return STAFF;
    }
    if (path.startsWith("/api/") || path.startsWith("/ws/") || path.equals("/openapi")) {
      return INTEGRATOR_API;
    }
    return OTHER;
  }

  public boolean machineClient() {
    return this == INTEGRATOR_API;
  }
}
