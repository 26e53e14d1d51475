package com.onecodepass.codeissue.token.control;

import com.onecodepass.codeissue.api.code.TokenVerdict;
import java.util.Objects;

/**
 * Outcome of checking a scanned token. {@code token} is only set when its signature checked out
 * (VALID, EXPIRED, NOT_A_PERSONAL_CODE), so nothing from a forged token can reach a page.
 */
public record Verification(TokenVerdict verdict, CodeToken token) {

  public Verification {
    Objects.requireNonNull(verdict, "verdict");
  }

  static Verification of(TokenVerdict verdict) {
    return new Verification(verdict, null);
  }

  public boolean isValid() {
    return verdict == TokenVerdict.VALID;
  }
}
