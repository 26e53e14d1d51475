package com.onecodepass.codeissue.citizen.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 of a normalised value, so encrypted columns can still be looked up by equality
 * without storing the value in the clear. Keyed (unlike a plain hash) because the space of ID and
 * phone numbers is small enough to brute-force. Callers must normalise first (e.g. via
 * ResidentId.parse), or equal values will not match.
 */
public final class BlindIndex {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec key;

  public BlindIndex(byte[] key) {
    if (Objects.requireNonNull(key, "key").length != KEY_BYTES) {
      throw new IllegalArgumentException("Blind index key must be 32 bytes");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  public byte[] of(String normalisedValue) {
    Objects.requireNonNull(normalisedValue, "normalisedValue");
    try {
      // A Mac per call rather than a ThreadLocal: app-server pool threads outlive redeployments,
      // and a ThreadLocal would pin this deployment's classloader.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is built into every JDK", e);
    }
  }
}
