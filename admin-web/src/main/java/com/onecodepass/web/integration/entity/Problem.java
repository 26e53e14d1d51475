package com.onecodepass.web.integration.entity;

/**
 * The stable error vocabulary of the integrator APIs. REST answers {@code
 * https://onecodepass.example/problems/<code>} as RFC 9457 problem types; SOAP carries the same
 * code in its {@code IntegrationFault}. Codes are public contract: never rename one.
 */
public enum Problem {
  UNAUTHORIZED("unauthorized", 401, "Missing or wrong client credentials"),
  INSUFFICIENT_SCOPE("insufficient-scope", 403, "The client lacks the scope for this operation"),
  RATE_LIMITED("rate-limited", 429, "Too many requests"),
  MALFORMED_REQUEST("malformed-request", 400, "The request is not valid"),
  INVALID_RESIDENT_ID("invalid-resident-id", 400, "The resident ID is not valid"),
  UNKNOWN_RESIDENT("unknown-resident", 404, "No registered person has this resident ID"),
  BATCH_TOO_LARGE("batch-too-large", 400, "A batch holds at most 10,000 items"),
  IDEMPOTENCY_CONFLICT(
      "idempotency-conflict", 409, "This Idempotency-Key was used with a different request"),
  BATCH_IN_PROGRESS(
      "batch-in-progress", 409, "A batch with this Idempotency-Key is still being processed"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
  // Refusals of the citizen's own endpoints (/api/v1/me/...), never sent as SOAP faults.
  NOT_SIGNED_IN("not-signed-in", 401, "Sign in first"),
  CHECK_IN_REFUSED("check-in-refused", 422, "The venue code was not accepted for a check-in"),
  // HTTP-level refusals of the REST API (never sent as SOAP faults).
  NOT_FOUND("not-found", 404, "No such resource"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed here"),
  NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", 415, "Only application/json request bodies are accepted"),
  // The database cannot be reached: the client retries (issue 8); the detail says whether
  // anything could have been recorded (ProblemMappers.ServiceFailure).
  STORAGE_UNAVAILABLE("storage-unavailable", 503, "The database is unreachable; retry"),
  INTERNAL_ERROR("internal-error", 500, "Internal error");

  public static final String TYPE_BASE = "https://onecodepass.example/problems/";

  private final String code;
  private final int status;
  private final String title;

  Problem(String code, int status, String title) {
    this.code = code;
    this.status = status;
    this.title = title;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem for an HTTP status the JAX-RS runtime chose (404, 405, 406, 415, else 400). */
  public static Problem ofStatus(int status) {
    for (Problem p : values()) {
      if (p.status == status && p.ordinal() >= NOT_FOUND.ordinal()) {
        return p;
      }
    }
    return status == 413 ? PAYLOAD_TOO_LARGE : MALFORMED_REQUEST;
  }

  public String type() {
    return TYPE_BASE + code;
  }
}
