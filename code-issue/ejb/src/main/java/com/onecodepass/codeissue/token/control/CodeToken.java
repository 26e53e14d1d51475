package com.onecodepass.codeissue.token.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * The claims carried by a QR code. {@code subject} is a pseudonym (8 random bytes, 11 base64url
 * characters), never a resident ID, because anyone can read an unencrypted QR payload. Instants are
 * truncated to seconds, the wire precision, so a decoded token equals the one that was signed.
 * {@code keyId} is null until the token has been signed.
 */
public record CodeToken(
    TokenType type,
    CodeColour colour,
    String subject,
    String maskedName,
    Instant issuedAt,
    Instant expiresAt,
    String keyId) {

  static final int SUBJECT_BYTES = 8;

  private static final SecureRandom RANDOM = new SecureRandom();

  public CodeToken {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(maskedName, "maskedName");
    issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
    expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
    subjectBytes(subject);
    if (expiresAt.isBefore(issuedAt)) {
      throw new IllegalArgumentException("expiresAt is before issuedAt");
    }
    if (type == TokenType.VENUE && colour != CodeColour.GREEN) {
      throw new IllegalArgumentException("Venue tokens carry no health colour");
    }
  }

  /** A fresh random subject pseudonym. */
  public static String randomSubject() {
    byte[] bytes = new byte[SUBJECT_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] subjectBytes(String subject) {
    Objects.requireNonNull(subject, "subject");
    if (subject.length() != 11) {
      throw new IllegalArgumentException("subject must be 11 base64url characters");
    }
    byte[] bytes = Base64.getUrlDecoder().decode(subject);
    // The decoder ignores the 2 spare bits of the last character; insist on the canonical form
    // so one subject has exactly one spelling.
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(subject)) {
      throw new IllegalArgumentException("subject is not canonical base64url");
    }
    return bytes;
  }
}
