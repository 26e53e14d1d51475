package com.onecodepass.codeissue.citizen.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal fields at rest. Output: key version (1 byte) + 12-byte random nonce +
 * ciphertext with 16-byte tag. The version byte is authenticated too, and leaves room for a later
 * key rotation. Random 96-bit nonces are safe for far more records than this system will hold.
 */
public final class FieldCipher {

  static final byte KEY_VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  public FieldCipher(byte[] key) {
    if (Objects.requireNonNull(key, "key").length != KEY_BYTES) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public FieldCipher(SecretKey key) {
    this(Objects.requireNonNull(key, "key").getEncoded());
  }

  public byte[] encrypt(String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      // A Cipher per call: Cipher is not thread-safe and this object is shared by all requests.
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(new byte[] {KEY_VERSION});
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(KEY_VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is built into every JDK", e);
    }
  }

  /** Throws IllegalStateException when the data was altered, truncated or made with another key. */
  public String decrypt(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (data.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("Encrypted field is truncated");
    }
    if (data[0] != KEY_VERSION) {
      throw new IllegalStateException("Unknown field key version " + data[0]);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 1, NONCE_BYTES));
      cipher.updateAAD(data, 0, 1);
      byte[] plain = cipher.doFinal(data, 1 + NONCE_BYTES, data.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("Encrypted field failed authentication", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }
}
