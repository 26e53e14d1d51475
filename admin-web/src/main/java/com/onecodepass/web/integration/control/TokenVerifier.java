package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import com.onecodepass.codeissue.api.code.VerificationView;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.TokenCheck;
import com.onecodepass.web.verify.PublicOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A scanned token as integrators see it: code-issue's verdict, with a venue code answered as
 * malformed (integrators check personal codes only) and the name masked as code-issue gives it.
 */
@ApplicationScoped
public class TokenVerifier {

  @EJB CodeVerification verification;
  @Inject RateLimiter limiter;

  public String publicKeysJwks() {
    return verification.publicKeysJwks();
  }

  /**
   * Public verification (no credentials), counted against the per-second limit of the caller's
   * {@code address} first; with {@code ours} given, a token inside a link to another host is
   * flagged.
   *
   * @throws IntegrationException rate-limited, or no usable token
   */
  public TokenCheck checkFrom(String address, String token, PublicOrigin ours) {
    limiter.acquire("verify:" + address, ApiSettings.verifyPerAddressPerSecond(), 1);
    return check(token, ours);
  }

  private TokenCheck check(String token, PublicOrigin ours) {
    if (token == null || token.isBlank()) {
      throw IntegrationException.malformed("token", "token is required");
    }
    if (token.length() > 2048) {
      throw IntegrationException.malformed("token", "token is longer than 2048 characters");
    }
    VerificationView v = verification.verify(token.strip());
    TokenVerdict verdict =
        v.verdict() == TokenVerdict.NOT_A_VENUE_CODE ? TokenVerdict.MALFORMED : v.verdict();
    return new TokenCheck(
        v.valid(),
        v.valid() ? null : verdict.errorCode(),
        v.colour() == null ? null : v.colour().name(),
        v.maskedName(),
        v.issuedAt(),
        v.expiresAt(),
        ours != null && !ours.owns(token));
  }
}
