package com.onecodepass.codeissue.token.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Compact signed token format, kept small so the QR code stays low-density and scans easily: {@code
 * base64url(payload) "." base64url(Ed25519 signature)}, unpadded. Payload, big-endian:
 *
 * <pre>
 * [0] version 1   [1] type 'P'/'V'   [2] colour code   [3..8] kid   [9..16] subject
 * [17..20] issuedAt, u32 epoch seconds
 * [21..22] lifetime, u16: seconds for personal codes, days for venue codes (printed posters)
 * [23] N = UTF-8 length of masked name (0..60)   [24..] masked name
 * </pre>
 */
public final class TokenCodec {

  static final int VERSION = 1;
  static final int HEADER_BYTES = 24;
  static final int MAX_NAME_BYTES = 60;
  static final int MAX_TOKEN_CHARS = 512;
  private static final int SIGNATURE_BYTES = 64;
  private static final long MAX_LIFETIME = 0xFFFF;
  private static final long MAX_EPOCH_SECONDS = 0xFFFF_FFFFL;
  private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private TokenCodec() {}

  /** Signs with {@code key}; the token's own keyId is ignored. */
  public static String sign(CodeToken t, SigningKey key) {
    Objects.requireNonNull(t, "token");
    if (!Objects.requireNonNull(key, "key").canSign()) {
      throw new IllegalArgumentException("Key " + key.kid() + " is verify-only");
    }
    byte[] payload = encodePayload(t, DECODER.decode(key.kid()));
    return ENCODER.encodeToString(payload)
        + "."
        + ENCODER.encodeToString(FastEd25519.sign(key.privateKey(), payload));
  }

  /**
   * Checks a scanned token, bare or as the last path segment of a URL. Never throws on bad input:
   * whatever a scanner may read, the answer is a verdict.
   */
  public static Verification verify(
      String tokenOrUrl, KeyRing ring, Instant now, Duration grace, TokenType expected) {
    return verify(tokenOrUrl, ring, now, grace, expected, null);
  }

  /**
   * As {@link #verify(String, KeyRing, Instant, Duration, TokenType)}, skipping the signature check
   * for bytes {@code memo} has already seen verified with the same key (null: always check).
   */
  public static Verification verify(
      String tokenOrUrl,
      KeyRing ring,
      Instant now,
      Duration grace,
      TokenType expected,
      VerifiedSignatures memo) {
    Objects.requireNonNull(ring, "ring");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(expected, "expected");

    Optional<Decoded> decoded = decode(tokenOrUrl);
    if (decoded.isEmpty()) {
      return Verification.of(TokenVerdict.MALFORMED);
    }
    CodeToken token = decoded.get().token();
    Optional<PublicKey> publicKey = ring.publicKey(token.keyId());
    if (publicKey.isEmpty()) {
      return Verification.of(TokenVerdict.UNKNOWN_KEY);
    }
    Decoded d = decoded.get();
    boolean signed =
        memo == null
            ? FastEd25519.verify(publicKey.get(), d.payload(), d.signature())
            : memo.verify(publicKey.get(), d.payload(), d.signature());
    if (!signed) {
      return Verification.of(TokenVerdict.BAD_SIGNATURE);
    }
    if (token.type() != expected) {
      return expected == TokenType.PERSONAL
          ? new Verification(TokenVerdict.NOT_A_PERSONAL_CODE, token)
          : Verification.of(TokenVerdict.NOT_A_VENUE_CODE);
    }
    if (now.isAfter(token.expiresAt().plus(grace))) {
      return new Verification(TokenVerdict.EXPIRED, token);
    }
    // Signed by us yet issued in the future: our clock or key is not to be trusted.
    if (token.issuedAt().isAfter(now.plus(MAX_CLOCK_SKEW))) {
      return Verification.of(TokenVerdict.MALFORMED);
    }
    return new Verification(TokenVerdict.VALID, token);
  }

  private static byte[] encodePayload(CodeToken t, byte[] kid) {
    long issued = t.issuedAt().getEpochSecond();
    long lifetime =
        Duration.between(t.issuedAt(), t.expiresAt()).getSeconds() / unitSeconds(t.type());
    byte[] name = t.maskedName().getBytes(StandardCharsets.UTF_8);
    if (issued < 0 || issued > MAX_EPOCH_SECONDS) {
      throw new IllegalArgumentException("issuedAt does not fit in 32 bits");
    }
    if (lifetime > MAX_LIFETIME) {
      throw new IllegalArgumentException("Lifetime over " + MAX_LIFETIME + " units");
    }
    if (name.length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException("Masked name over " + MAX_NAME_BYTES + " UTF-8 bytes");
    }
    return ByteBuffer.allocate(HEADER_BYTES + name.length)
        .put((byte) VERSION)
        .put(t.type().code())
        .put(t.colour().code())
        .put(kid)
        .put(CodeToken.subjectBytes(t.subject()))
        .putInt((int) issued)
        .putShort((short) lifetime)
        .put((byte) name.length)
        .put(name)
        .array();
  }

  /** A personal code lives a minute; a printed venue poster lives for years. */
  private static long unitSeconds(TokenType type) {
    return type == TokenType.VENUE ? 86_400L : 1L;
  }

  private record Decoded(CodeToken token, byte[] payload, byte[] signature) {}

  private static Optional<Decoded> decode(String tokenOrUrl) {
    if (tokenOrUrl == null || tokenOrUrl.length() > MAX_TOKEN_CHARS) {
      return Optional.empty();
    }
    String token = lastPathSegment(tokenOrUrl.strip());
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
      return Optional.empty();
    }
    try {
      byte[] payload = canonicalDecode(token.substring(0, dot));
      byte[] signature = canonicalDecode(token.substring(dot + 1));
      if (payload.length < HEADER_BYTES
          || signature.length != SIGNATURE_BYTES
          || payload[0] != VERSION) {
        return Optional.empty();
      }
      int nameLength = Byte.toUnsignedInt(payload[23]);
      if (nameLength > MAX_NAME_BYTES || payload.length != HEADER_BYTES + nameLength) {
        return Optional.empty();
      }
      return Optional.of(new Decoded(toToken(payload), payload, signature));
    } catch (IllegalArgumentException | CharacterCodingException e) {
      // Bad base64, unknown type or colour code, or a payload CodeToken itself rejects.
      return Optional.empty();
    }
  }

  private static CodeToken toToken(byte[] payload) throws CharacterCodingException {
    ByteBuffer in = ByteBuffer.wrap(payload);
    in.get(); // version, already checked
    TokenType type = TokenType.ofCode(in.get());
    CodeColour colour = CodeColour.ofCode(in.get());
    byte[] kid = new byte[SigningKey.KID_BYTES];
    in.get(kid);
    byte[] subject = new byte[CodeToken.SUBJECT_BYTES];
    in.get(subject);
    Instant issuedAt = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
    Instant expiresAt =
        issuedAt.plusSeconds(Short.toUnsignedInt(in.getShort()) * unitSeconds(type));
    in.get(); // name length, already checked against the payload length
    String maskedName =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in)
            .toString();
    return new CodeToken(
        type,
        colour,
        ENCODER.encodeToString(subject),
        maskedName,
        issuedAt,
        expiresAt,
        ENCODER.encodeToString(kid));
  }

  // Only the unpadded canonical spelling is accepted, so a token has exactly one string form
  // (the decoder would otherwise ignore stray low bits and accept padding).
  private static byte[] canonicalDecode(String s) {
    byte[] bytes = DECODER.decode(s);
    if (!ENCODER.encodeToString(bytes).equals(s)) {
      throw new IllegalArgumentException("Not canonical base64url");
    }
    return bytes;
  }

  private static String lastPathSegment(String s) {
    int cut = s.indexOf('#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    cut = s.indexOf('?');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
