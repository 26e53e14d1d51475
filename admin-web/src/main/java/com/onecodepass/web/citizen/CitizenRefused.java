package com.onecodepass.web.citizen;

import com.onecodepass.web.integration.entity.Problem;

/**
 * A citizen's request that the web layer itself refuses (not signed in, an unreadable body, a
 * limit). {@code messageKey} names the reason in the bundles: a page shows it as a message, the
 * REST exception mapper as the problem's detail, each in the citizen's language.
 */
public class CitizenRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String messageKey;
  private final long retryAfterSeconds;

  public CitizenRefused(Problem problem, String messageKey, long retryAfterSeconds) {
    super(messageKey);
    this.problem = problem;
    this.messageKey = messageKey;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static CitizenRefused notSignedIn() {
    return new CitizenRefused(Problem.NOT_SIGNED_IN, "citizen.signInFirst", 0);
  }

  public static CitizenRefused malformed(String messageKey) {
    return new CitizenRefused(Problem.MALFORMED_REQUEST, messageKey, 0);
  }

  public Problem problem() {
    return problem;
  }

  public String messageKey() {
    return messageKey;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
