package com.onecodepass.codeissue.code.boundary;

import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.codeissue.api.code.VerificationView;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.codeissue.token.control.SigningKeys;
import com.onecodepass.codeissue.token.control.TokenCodec;
import com.onecodepass.codeissue.token.control.TokenType;
import com.onecodepass.codeissue.token.control.Verification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/** Checks tokens with the public keys only, exactly as an offline verifier would. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CodeVerificationService implements CodeVerification {

  @Inject SigningKeys keys;

  @Override
  public VerificationView verify(String tokenOrUrl) {
    Verification v =
        TokenCodec.verify(tokenOrUrl, keys.ring(), Instant.now(), keys.grace(), TokenType.PERSONAL);
    CodeToken t = v.token();
    if (t == null) {
      return new VerificationView(v.verdict(), null, null, null, null);
    }
    return new VerificationView(
        v.verdict(),
        t.type() == TokenType.PERSONAL ? t.colour() : null,
        t.maskedName(),
        t.issuedAt(),
        t.expiresAt());
  }

  @Override
  public String publicKeysJwks() {
    return keys.ring().jwksJson();
  }

  @Override
  public Instant activeSigningKeyCreatedAt() {
    return keys.ring().active().createdAt();
  }
}
