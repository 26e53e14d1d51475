package com.onecodepass.web.surge;

/**
 * What a request is for, which decides how much of the node it may use at once and how early it is
 * refused when the node fills up. The classes a citizen meets in a queue (showing, verifying a
 * code, checking in) get the largest shares and may use the whole node; staff keep a reserve of
 * their own so a surge of citizens cannot lock them out; integrators' batch traffic and everything
 * else give way first (they stop being admitted once the node is three quarters or half full).
 *
 * <p>Sizing (docs/RELIABILITY.md), for a 2-core node: a code view is pure CPU (a cache read and a
 * signature, ~1-2 ms), so 8 in flight keep both cores busy; more only queue for the CPU and stretch
 * every admitted view (measured in the overload drill: 24 permits gave an admitted p99 at the node
 * of up to 2.5 s on this shared box, 8 gave under 100-250 ms at a higher admitted rate). Check-ins
 * wait for the database and keep 16. Bigger nodes raise the limits per node with {@code
 * -Docp.admission.<class>}.
 */
public enum RequestClass {
  CODE_VIEW(8, 5, 100),
  VERIFICATION(16, 3, 100),
  CHECK_IN(16, 3, 100),
  STAFF(8, 10, 100),
  INTEGRATOR_API(8, 2, 75),
  OTHER(8, 5, 50);

  private final int defaultPermits;
  private final int retryAfterSeconds;
  private final int admittedBelowPercentOfNode;

  RequestClass(int defaultPermits, int retryAfterSeconds, int admittedBelowPercentOfNode) {
    this.defaultPermits = defaultPermits;
    this.retryAfterSeconds = retryAfterSeconds;
    this.admittedBelowPercentOfNode = admittedBelowPercentOfNode;
  }

  public int defaultPermits() {
    return defaultPermits;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The priority: admitted only while the node's total in flight is below this share of it. */
  public int admittedBelowPercentOfNode() {
    return admittedBelowPercentOfNode;
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

  /** Requests never limited: they cost almost nothing, and the balancer must always reach them. */
  public static boolean exempt(String path) {
    return path.startsWith("/static/") || path.startsWith("/health");
  }

  /** Whether a refusal is answered as problem+json (programs) rather than a tiny page (people). */
  public static boolean machineClient(String path) {
    return path.startsWith("/api/") || path.startsWith("/ws/") || path.equals("/openapi");
  }
}
