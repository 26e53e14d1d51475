package com.onecodepass.codeissue.token.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedSignaturesTest {

  private static final Instant ISSUED = Instant.parse("2024-03-01T00:00:00Z");
  private static final Instant NOW = ISSUED.plus(Duration.ofDays(30));

  private final KeyRing ring = KeyRing.generateInMemory();
  private final VerifiedSignatures memo = new VerifiedSignatures(2);

  private String poster() {
    return poster(ring);
  }

  private static String poster(KeyRing ring) {
    return TokenCodec.sign(
        new CodeToken(
            TokenType.VENUE,
            CodeColour.GREEN,
            CodeToken.randomSubject(),
            "",
            ISSUED,
            ISSUED.plus(Duration.ofDays(3650)),
            null),
        ring.active());
  }

  private TokenVerdict check(String token, KeyRing keys) {
    return TokenCodec.verify(token, keys, NOW, Duration.ofMinutes(2), TokenType.VENUE, memo)
        .verdict();
  }

  @Test
  void aPosterScannedAgainIsValidAndRememberedOnce() {
    String token = poster();
    assertThat(check(token, ring)).isEqualTo(TokenVerdict.VALID);
    assertThat(check(token, ring)).isEqualTo(TokenVerdict.VALID);
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void theSameKeyReadAgainAsANewObjectStillFindsTheRememberedSignature(@TempDir Path dir) {
    KeyRing stored = KeyRing.loadOrCreate(dir);
    String token = poster(stored);
    assertThat(check(token, stored)).isEqualTo(TokenVerdict.VALID);
    // What a node's minutely re-read of the key directory hands out: equal keys, new objects.
    KeyRing reread = KeyRing.loadFrom(dir);
    assertThat(reread.active().publicKey()).isNotSameAs(stored.active().publicKey());

    assertThat(check(token, reread)).isEqualTo(TokenVerdict.VALID);
    assertThat(memo.verifiedInFull()).isEqualTo(1);
  }

  @Test
  void aForgedSignatureIsNeverRememberedAndAlwaysRefused() {
    String token = poster();
    check(token, ring);
    char last = token.charAt(token.length() - 2);
    String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + "A";
    for (int i = 0; i < 3; i++) {
      assertThat(check(forged, ring)).isEqualTo(TokenVerdict.BAD_SIGNATURE);
    }
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void aTokenCheckedAgainstAnotherRingIsNotValid() {
    String token = poster();
    check(token, ring);
    KeyRing other = KeyRing.generateInMemory();
    assertThat(check(token, other)).isNotEqualTo(TokenVerdict.VALID);
  }

  @Test
  void itIsBounded() {
    for (int i = 0; i < 5; i++) {
      assertThat(check(poster(), ring)).isEqualTo(TokenVerdict.VALID);
    }
    assertThat(memo.size()).isLessThanOrEqualTo(2);
  }
}
