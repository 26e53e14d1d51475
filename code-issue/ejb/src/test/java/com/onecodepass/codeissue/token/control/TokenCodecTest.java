package com.onecodepass.codeissue.token.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCodecTest {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final Instant ISSUED = Instant.parse("2024-03-01T08:00:00Z");
  private static final Duration LIFETIME = Duration.ofHours(1);
  private static final Duration GRACE = Duration.ofMinutes(2);

  private final KeyRing ring = KeyRing.generateInMemory();

  private static CodeToken personal(CodeColour colour) {
    return new CodeToken(
        TokenType.PERSONAL,
        colour,
        CodeToken.randomSubject(),
        "张*三",
        ISSUED,
        ISSUED.plus(LIFETIME),
        null);
  }

  private static CodeToken venue() {
    return new CodeToken(
        TokenType.VENUE,
        CodeColour.GREEN,
        CodeToken.randomSubject(),
        "东方明珠",
        ISSUED,
        ISSUED.plus(java.time.Duration.ofDays(3650)),
        null);
  }

  private Verification verifyAt(String token, Instant now) {
    return TokenCodec.verify(token, ring, now, GRACE, TokenType.PERSONAL);
  }

  private Verification verifyPersonal(String token) {
    return verifyAt(token, ISSUED.plusSeconds(60));
  }

  /** Signs arbitrary payload bytes with the ring's key: MALFORMED must not be a signature check. */
  private String signRaw(byte[] payload) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(ring.active().privateKey());
    signer.update(payload);
    return B64.encodeToString(payload) + "." + B64.encodeToString(signer.sign());
  }

  private byte[] payloadOf(String token) {
    return B64D.decode(token.substring(0, token.indexOf('.')));
  }

  @Test
  void roundTripGivesAllFieldsBack() {
    CodeToken original = personal(CodeColour.YELLOW);
    String signed = TokenCodec.sign(original, ring.active());

    Verification v = verifyPersonal(signed);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.VALID);
    assertThat(v.isValid()).isTrue();
    assertThat(v.token()).usingRecursiveComparison().ignoringFields("keyId").isEqualTo(original);
    assertThat(v.token().keyId()).isEqualTo(ring.active().kid());
    assertThat(signed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void subSecondInstantsAreTruncatedToTheWirePrecision() {
    CodeToken t =
        new CodeToken(
            TokenType.PERSONAL,
            CodeColour.GREEN,
            CodeToken.randomSubject(),
            "",
            ISSUED.plusMillis(999),
            ISSUED.plusSeconds(60).plusMillis(1),
            null);
    CodeToken back = verifyPersonal(TokenCodec.sign(t, ring.active())).token();
    assertThat(back.issuedAt()).isEqualTo(ISSUED);
    assertThat(back.expiresAt()).isEqualTo(ISSUED.plusSeconds(60));
    assertThat(back.maskedName()).isEmpty();
  }

  @Test
  void expiredBeyondGraceStillReturnsTheToken() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());

    Verification v = verifyAt(signed, ISSUED.plus(LIFETIME).plus(GRACE).plusSeconds(1));

    assertThat(v.verdict()).isEqualTo(TokenVerdict.EXPIRED);
    assertThat(v.token().issuedAt()).isEqualTo(ISSUED);
  }

  @Test
  void justInsideGraceIsValid() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    Instant expiry = ISSUED.plus(LIFETIME);

    assertThat(verifyAt(signed, expiry.plus(GRACE)).verdict()).isEqualTo(TokenVerdict.VALID);
    assertThat(verifyAt(signed, expiry.plus(GRACE).minusSeconds(1)).verdict())
        .isEqualTo(TokenVerdict.VALID);
  }

  @Test
  void issuedFarInTheFutureIsMalformedButSmallSkewIsTolerated() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());

    assertThat(verifyAt(signed, ISSUED.minus(Duration.ofMinutes(4))).verdict())
        .isEqualTo(TokenVerdict.VALID);
    assertThat(verifyAt(signed, ISSUED.minus(Duration.ofMinutes(6))).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 12, 16, 20, 22, 24, 30})
  void tamperedPayloadByteIsBadSignature(int index) {
    String signed = TokenCodec.sign(personal(CodeColour.RED), ring.active());
    byte[] payload = payloadOf(signed);
    // Index 2 (colour) goes RED -> YELLOW; others flip a low bit so the payload still decodes.
    payload[index] ^= (byte) (index == 2 ? 3 : 1);
    String tampered = B64.encodeToString(payload) + signed.substring(signed.indexOf('.'));

    Verification v = verifyPersonal(tampered);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.BAD_SIGNATURE);
    assertThat(v.token()).isNull();
  }

  @Test
  void tamperedSignatureIsBadSignature() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    int dot = signed.indexOf('.');
    byte[] sig = B64D.decode(signed.substring(dot + 1));
    sig[10] ^= 0x40;

    String tampered = signed.substring(0, dot + 1) + B64.encodeToString(sig);

    assertThat(verifyPersonal(tampered).verdict()).isEqualTo(TokenVerdict.BAD_SIGNATURE);
  }

  @Test
  void keyNotInRingIsUnknownKey() {
    SigningKey stranger = KeyRing.generateInMemory().active();
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), stranger);

    Verification v = verifyPersonal(signed);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.UNKNOWN_KEY);
    assertThat(v.token()).isNull();
  }

  @Test
  void oldTokensStayValidAfterRotation(@TempDir Path dir) {
    KeyRing before = KeyRing.loadOrCreate(dir);
    String oldToken = TokenCodec.sign(personal(CodeColour.GREEN), before.active());

    KeyRing after = before.rotate(dir);
    String newToken = TokenCodec.sign(personal(CodeColour.GREEN), after.active());

    for (KeyRing r : new KeyRing[] {after, KeyRing.loadFrom(dir)}) {
      Verification old = TokenCodec.verify(oldToken, r, ISSUED, GRACE, TokenType.PERSONAL);
      Verification fresh = TokenCodec.verify(newToken, r, ISSUED, GRACE, TokenType.PERSONAL);
      assertThat(old.verdict()).isEqualTo(TokenVerdict.VALID);
      assertThat(old.token().keyId()).isEqualTo(before.active().kid());
      assertThat(fresh.verdict()).isEqualTo(TokenVerdict.VALID);
      assertThat(fresh.token().keyId())
          .isEqualTo(after.active().kid())
          .isNotEqualTo(before.active().kid());
    }
    assertThat(TokenCodec.verify(newToken, before, ISSUED, GRACE, TokenType.PERSONAL).verdict())
        .isEqualTo(TokenVerdict.UNKNOWN_KEY);
  }

  @Test
  void venueTokenWherePersonalExpected() {
    String signed = TokenCodec.sign(venue(), ring.active());

    Verification v = verifyPersonal(signed);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.NOT_A_PERSONAL_CODE);
    assertThat(v.token().type()).isEqualTo(TokenType.VENUE);
  }

  @Test
  void personalTokenWhereVenueExpectedIsNotAVenueCode() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());

    assertThat(TokenCodec.verify(signed, ring, ISSUED, GRACE, TokenType.VENUE).verdict())
        .isEqualTo(TokenVerdict.NOT_A_VENUE_CODE);
  }

  @Test
  void venueTokenVerifiesAsVenueFromItsUrl() {
    CodeToken venue = venue();
    String url = "http://localhost:8080/v/" + TokenCodec.sign(venue, ring.active());

    Verification v = TokenCodec.verify(url, ring, ISSUED, GRACE, TokenType.VENUE);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.VALID);
    assertThat(v.token().subject()).isEqualTo(venue.subject());
    assertThat(v.token().maskedName()).isEqualTo("东方明珠");
    assertThat(v.token().expiresAt()).isEqualTo(venue.expiresAt());
  }

  @Test
  void aPrintedVenuePosterStaysValidForYears() {
    String signed = TokenCodec.sign(venue(), ring.active());

    Verification v =
        TokenCodec.verify(
            signed, ring, ISSUED.plus(java.time.Duration.ofDays(3000)), GRACE, TokenType.VENUE);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.VALID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://pass.example.cn/c/%s",
        "https://pass.example.cn/c/%s/",
        "https://pass.example.cn/c/%s?src=wechat&x=1",
        "https://pass.example.cn/c/%s#top",
        "  %s\n",
        "/c/%s"
      })
  void urlFormsVerify(String template) {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());

    assertThat(verifyPersonal(template.formatted(signed)).verdict()).isEqualTo(TokenVerdict.VALID);
  }

  static Stream<String> garbage() {
    String validPayload40 = B64.encodeToString(new byte[30]);
    String sig64 = B64.encodeToString(new byte[64]);
    return Stream.of(
        null,
        "",
        " ",
        "abc",
        "a.b",
        ".",
        "..",
        "abc.",
        ".abc",
        "a.b.c",
        "x".repeat(10 * 1024),
        "A".repeat(513),
        validPayload40 + "." + sig64,
        B64.encodeToString(new byte[23]) + "." + sig64,
        B64.encodeToString(new byte[24]) + "." + B64.encodeToString(new byte[63]),
        "张三.李四",
        "AAAA%AAAA.AAAA",
        "https://pass.example.cn/c/",
        "https://pass.example.cn/c/?t=abc",
        "\u0000\u0000.\u0000");
  }

  @ParameterizedTest
  @MethodSource("garbage")
  void garbageIsMalformed(String input) {
    Verification v = verifyPersonal(input);

    assertThat(v.verdict()).isEqualTo(TokenVerdict.MALFORMED);
    assertThat(v.token()).isNull();
  }

  /** Correctly signed by our key, so only the format checks can be what rejects these. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "version",
        "type",
        "colour",
        "venueColour",
        "nameLengthTooLong",
        "nameLengthOver60",
        "trailingByte",
        "badUtf8"
      })
  void signedButMisshapenPayloadsAreMalformed(String defect) throws GeneralSecurityException {
    String good = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    byte[] p = payloadOf(good);
    switch (defect) {
      case "version" -> p[0] = 2;
      case "type" -> p[1] = 'X';
      case "colour" -> p[2] = 3;
      case "venueColour" -> {
        p[1] = 'V';
        p[2] = 2;
      }
      case "nameLengthTooLong" -> p[23]++;
      case "nameLengthOver60" -> {
        p = ByteBuffer.allocate(24 + 61).put(p, 0, 24).array();
        p[23] = 61;
      }
      case "trailingByte" -> p = ByteBuffer.allocate(p.length + 1).put(p).array();
      case "badUtf8" -> p[24] = (byte) 0xFF;
      default -> throw new IllegalArgumentException(defect);
    }

    assertThat(verifyPersonal(signRaw(p)).verdict()).isEqualTo(TokenVerdict.MALFORMED);
  }

  @Test
  void nonCanonicalBase64IsMalformed() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    int dot = signed.indexOf('.');
    String padded = signed.substring(0, dot) + "." + signed.substring(dot + 1) + "==";

    assertThat(verifyPersonal(padded).verdict()).isEqualTo(TokenVerdict.MALFORMED);
  }

  @Test
  void tokenWithThreeCharChineseNameIsShort() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());

    assertThat(signed).hasSizeLessThan(200);
  }

  @Test
  void longestAllowedNameStillFitsTheVerifierLimit() {
    String sixtyBytes = "娜".repeat(20);
    CodeToken t =
        new CodeToken(
            TokenType.PERSONAL,
            CodeColour.GREEN,
            CodeToken.randomSubject(),
            sixtyBytes,
            ISSUED,
            ISSUED.plusSeconds(60),
            null);
    String signed = TokenCodec.sign(t, ring.active());

    assertThat(signed.length()).isLessThanOrEqualTo(TokenCodec.MAX_TOKEN_CHARS);
    assertThat(verifyPersonal(signed).token().maskedName()).isEqualTo(sixtyBytes);
  }

  @Test
  void signRefusesWhatTheFormatCannotCarry() {
    SigningKey key = ring.active();
    CodeToken tooLong =
        new CodeToken(
            TokenType.PERSONAL,
            CodeColour.GREEN,
            CodeToken.randomSubject(),
            "张",
            ISSUED,
            ISSUED.plusSeconds(65_536),
            null);
    CodeToken nameTooLong =
        new CodeToken(
            TokenType.PERSONAL,
            CodeColour.GREEN,
            CodeToken.randomSubject(),
            "a".repeat(61),
            ISSUED,
            ISSUED.plusSeconds(60),
            null);
    SigningKey verifyOnly = new SigningKey(key.kid(), null, key.publicKey(), key.createdAt());

    assertThatThrownBy(() -> TokenCodec.sign(tooLong, key))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenCodec.sign(nameTooLong, key))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenCodec.sign(personal(CodeColour.GREEN), verifyOnly))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codeTokenRejectsBadSubjectsAndVenueColours() {
    assertThatThrownBy(() -> withSubject("short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withSubject("AAAAAAAAAA+"))
        .isInstanceOf(IllegalArgumentException.class);
    // Decodes to the same 8 bytes as "AAAAAAAAAAA" but is not the canonical spelling.
    assertThatThrownBy(() -> withSubject("AAAAAAAAAAB"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CodeToken(
                    TokenType.VENUE,
                    CodeColour.RED,
                    CodeToken.randomSubject(),
                    "",
                    ISSUED,
                    ISSUED,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CodeToken.randomSubject()).matches("[A-Za-z0-9_-]{11}");
  }

  private static CodeToken withSubject(String subject) {
    return new CodeToken(TokenType.PERSONAL, CodeColour.GREEN, subject, "", ISSUED, ISSUED, null);
  }

  @Test
  void nameBytesAreUtf8OnTheWire() {
    String signed = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    byte[] p = payloadOf(signed);

    assertThat(p[23]).isEqualTo((byte) "张*三".getBytes(StandardCharsets.UTF_8).length);
    assertThat(p).hasSize(24 + 7);
  }

  @Test
  void signaturesAreStandardEd25519ThatTheJdkVerifies() throws Exception {
    // Offline verifiers use whatever Ed25519 library they have; ours must be plain RFC 8032.
    String token = TokenCodec.sign(personal(CodeColour.GREEN), ring.active());
    String[] parts = token.split("\\.");
    java.util.Base64.Decoder b64 = java.util.Base64.getUrlDecoder();
    java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
    jdk.initVerify(ring.active().publicKey());
    jdk.update(b64.decode(parts[0]));
    assertThat(jdk.verify(b64.decode(parts[1]))).isTrue();
  }
}
