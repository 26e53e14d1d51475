package com.onecodepass.web.citizen.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCodecTest {

  private static final long NOW = 1_800_000_000L;
  private static final long HOURS_12 = Duration.ofHours(12).toSeconds();

  private final byte[] key = filled(7);
  private final CredentialCodec codec =
      new CredentialCodec(List.of(key), Duration.ofDays(30).toSeconds());
  private final CitizenCredential signedIn =
      new CitizenCredential(42L, "AbC-12_xyz", "138****0000", NOW, NOW, NOW + HOURS_12);

  @Test
  void roundTripsWithinItsLifetime() {
    String cookie = codec.encode(signedIn);
    assertThat(cookie).startsWith("c1.").hasSizeLessThan(200).doesNotContain(";", ",", " ", "\"");
    assertThat(codec.decode(cookie, NOW + 60)).contains(signedIn);
  }

  @Test
  void refusesAnyTamperedCharacter() {
    String cookie = codec.encode(signedIn);
    for (int i = 0; i < cookie.length(); i++) {
      char c = cookie.charAt(i);
      String tampered = cookie.substring(0, i) + (c == 'A' ? 'B' : 'A') + cookie.substring(i + 1);
      assertThat(codec.decode(tampered, NOW)).as("changed at %d", i).isEmpty();
    }
  }

  @Test
  void refusesAnotherCitizenIdUnderTheOriginalMac() {
    String cookie = codec.encode(signedIn);
    String mac = cookie.substring(cookie.lastIndexOf('.'));
    String forged =
        "c1."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("43|AbC-12_xyz|" + NOW + "|" + NOW + "|" + (NOW + HOURS_12) + "|x")
                        .getBytes(StandardCharsets.UTF_8))
            + mac;
    assertThat(codec.decode(forged, NOW)).isEmpty();
  }

  @Test
  void refusesGarbage() {
    assertThat(codec.decode(null, NOW)).isEmpty();
    assertThat(codec.decode("", NOW)).isEmpty();
    assertThat(codec.decode("c1.", NOW)).isEmpty();
    assertThat(codec.decode("c1.abc.%%%", NOW)).isEmpty();
    assertThat(codec.decode("c1." + "A".repeat(600) + ".AAAA", NOW)).isEmpty();
  }

  @Test
  void expires() {
    String cookie = codec.encode(signedIn);
    assertThat(codec.decode(cookie, NOW + HOURS_12 - 1)).isPresent();
    assertThat(codec.decode(cookie, NOW + HOURS_12)).isEmpty();
  }

  @Test
  void renewalSlidesTheExpiryOnlyPastHalfTheLifetimeAndKeepsTheSignIn() {
    assertThat(signedIn.dueForRenewal(NOW + HOURS_12 / 2 - 1)).isFalse();
    assertThat(signedIn.dueForRenewal(NOW + HOURS_12 / 2)).isTrue();
    CitizenCredential renewed = signedIn.renewed(NOW + HOURS_12 / 2, Duration.ofHours(12));
    assertThat(renewed.id()).isEqualTo(signedIn.id());
    assertThat(renewed.signedInAt()).isEqualTo(NOW);
    assertThat(codec.decode(codec.encode(renewed), NOW + HOURS_12 + 60)).contains(renewed);
  }

  @Test
  void renewalCannotOutliveTheMaximumAgeSinceSignIn() {
    long later = NOW + Duration.ofDays(31).toSeconds();
    CitizenCredential renewedForever = signedIn.renewed(later - 10, Duration.ofHours(12));
    assertThat(codec.decode(codec.encode(renewedForever), later)).isEmpty();
  }

  @Test
  void aCredentialSignedWithAnotherKeyIsRefused() {
    CredentialCodec otherNode = new CredentialCodec(List.of(filled(8)), 86_400);
    assertThat(codec.decode(otherNode.encode(signedIn), NOW)).isEmpty();
  }

  @Test
  void theSameKeyOnAnotherNodeAccepts_andAPreviousKeyStillVerifiesDuringRotation() {
    CredentialCodec sameKey = new CredentialCodec(List.of(key.clone()), 86_400);
    assertThat(sameKey.decode(codec.encode(signedIn), NOW)).contains(signedIn);

    CredentialCodec rotated = new CredentialCodec(List.of(filled(9), key), 86_400);
    assertThat(rotated.decode(codec.encode(signedIn), NOW)).contains(signedIn);
    assertThat(codec.decode(rotated.encode(signedIn), NOW)).isEmpty();
  }

  @Test
  void keysMustBe32Bytes() {
    assertThatThrownBy(() -> new CredentialCodec(List.of(new byte[16]), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CredentialCodec(List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFormTokenIsBoundToTheBrowserNonceAndTheKey() {
    String token = codec.formToken("nonce-1");
    assertThat(codec.isFormToken("nonce-1", token)).isTrue();
    assertThat(codec.isFormToken("nonce-2", token)).isFalse();
    assertThat(codec.isFormToken(null, token)).isFalse();
    assertThat(codec.isFormToken("nonce-1", null)).isFalse();
    assertThat(new CredentialCodec(List.of(filled(8)), 1).isFormToken("nonce-1", token)).isFalse();
  }

  @Test
  void aRevokedIdAndASignInBeforeTheNotBeforeTimeAreRefused() {
    Revocations revocations = new Revocations();
    revocations.denied = mapCache();
    assertThat(revocations.isRevoked(signedIn)).isFalse();

    revocations.revoke(signedIn, HOURS_12);
    assertThat(revocations.isRevoked(signedIn)).isTrue();
    assertThat(revocations.isRevoked(signedIn.renewed(NOW + 100, Duration.ofHours(12)))).isTrue();
    CitizenCredential otherPhone =
        new CitizenCredential(42L, "other", null, NOW - 5, NOW - 5, NOW + HOURS_12);
    assertThat(revocations.isRevoked(otherPhone)).isFalse();

    revocations.signOutEverywhere(42L, NOW, HOURS_12);
    assertThat(revocations.isRevoked(otherPhone)).isTrue();
    CitizenCredential signedInAgain =
        new CitizenCredential(42L, "again", null, NOW + 1, NOW + 1, NOW + HOURS_12);
    assertThat(revocations.isRevoked(signedInAgain)).isFalse();
    CitizenCredential someoneElse =
        new CitizenCredential(7L, "else", null, NOW - 5, NOW - 5, NOW + HOURS_12);
    assertThat(revocations.isRevoked(someoneElse)).isFalse();
  }

  @Test
  void everyNodeReadsTheSameGeneratedKey(@TempDir Path dir) {
    Path file = dir.resolve("keys/citizen-credential.key");
    byte[] first = CredentialKeys.loadOrCreate(file);
    byte[] second = CredentialKeys.loadOrCreate(file);
    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(Arrays.equals(first, new byte[32])).isFalse();
  }

  private static byte[] filled(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  /** Just enough of a cache for the deny-list's reads and writes (lifespans are not modelled). */
  @SuppressWarnings("unchecked")
  private static Cache<String, Long> mapCache() {
    Map<Object, Object> map = new ConcurrentHashMap<>();
    return (Cache<String, Long>)
        Proxy.newProxyInstance(
            Cache.class.getClassLoader(),
            new Class<?>[] {Cache.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "put" -> {
                    assertThat(args[3]).isEqualTo(TimeUnit.SECONDS);
                    assertThat((Long) args[2]).isPositive();
                    yield map.put(args[0], args[1]);
                  }
                  case "get" -> map.get(args[0]);
                  case "containsKey" -> map.containsKey(args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
