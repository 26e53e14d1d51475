package com.onecodepass.codeissue.code.boundary;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.VenueCodeCheck;
import com.onecodepass.codeissue.api.code.VenueCodes;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.codeissue.token.control.SigningKeys;
import com.onecodepass.codeissue.token.control.TokenCodec;
import com.onecodepass.codeissue.token.control.TokenType;
import com.onecodepass.codeissue.token.control.Verification;
import com.onecodepass.codeissue.token.control.VerifiedSignatures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Venue poster codes: signed like personal codes, but valid for ten years. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class VenueCodeService implements VenueCodes {

  static final Duration POSTER_LIFETIME = Duration.ofDays(3650);

  @Inject SigningKeys keys;

  @Override
  public String sign(String venueSubject) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
    var signer = keys.ring().active();
    return TokenCodec.sign(
        new CodeToken(
            TokenType.VENUE,
            CodeColour.GREEN,
            venueSubject,
            "",
            now,
            now.plus(POSTER_LIFETIME),
            signer.kid()),
        signer);
  }

  /** Posters of a whole city fit: ~200 bytes each, a few tens of MB at most. */
  private static final VerifiedSignatures POSTERS = new VerifiedSignatures(200_000);

  @Override
  public VenueCodeCheck check(String tokenOrUrl) {
    Verification v =
        TokenCodec.verify(
            tokenOrUrl, keys.ring(), Instant.now(), keys.grace(), TokenType.VENUE, POSTERS);
    return new VenueCodeCheck(v.verdict(), v.token() == null ? null : v.token().subject());
  }
}
