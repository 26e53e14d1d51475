package com.onecodepass.codeissue.api.code;

import java.time.Instant;

/**
 * The answer to a scanned code. Colour, name and times are present whenever the token could be
 * decoded and its signature checked (also for {@link TokenVerdict#EXPIRED}), else null.
 */
public record VerificationView(
    TokenVerdict verdict,
    CodeColour colour,
    String maskedName,
    Instant issuedAt,
    Instant expiresAt) {

  public boolean valid() {
    return verdict == TokenVerdict.VALID;
  }
}
