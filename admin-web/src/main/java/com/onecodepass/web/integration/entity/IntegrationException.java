package com.onecodepass.web.integration.entity;

import jakarta.ejb.ApplicationException;

/**
 * A refused integrator request. Thrown by the service layer only; the REST exception mapper and the
 * SOAP endpoint translate it, once each. The detail never contains personal data.
 */
@ApplicationException(rollback = true)
public class IntegrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String field;
  private final long retryAfterSeconds;

  public IntegrationException(Problem problem, String detail) {
    this(problem, detail, null, 0);
  }

  public IntegrationException(Problem problem, String detail, String field, long retryAfter) {
    super(detail == null ? problem.title() : detail);
    this.problem = problem;
    this.field = field;
    this.retryAfterSeconds = retryAfter;
  }

  public static IntegrationException malformed(String field, String detail) {
    return new IntegrationException(Problem.MALFORMED_REQUEST, detail, field, 0);
  }

  public Problem problem() {
    return problem;
  }

  public String field() {
    return field;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
