package com.onecodepass.codeissue.token.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** One Ed25519 key of the ring; {@code privateKey} is null for a retired, verify-only key. */
public record SigningKey(
    String kid, PrivateKey privateKey, PublicKey publicKey, Instant createdAt) {

  static final int KID_BYTES = 6;
  private static final int RAW_KEY_BYTES = 32;

  public SigningKey {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!kidOf(publicKey).equals(kid)) {
      throw new IllegalArgumentException("kid does not match the public key");
    }
    if (privateKey != null && !isPair(privateKey, publicKey)) {
      throw new IllegalArgumentException("private and public key do not belong together");
    }
  }

  public static SigningKey of(PrivateKey privateKey, PublicKey publicKey, Instant createdAt) {
    return new SigningKey(kidOf(publicKey), privateKey, publicKey, createdAt);
  }

  public boolean canSign() {
    return privateKey != null;
  }

  /** The bare 32-byte key, as used in JWKS "x" and for the kid. */
  public byte[] rawPublicKey() {
    return rawPublicKey(publicKey);
  }

  static byte[] rawPublicKey(PublicKey publicKey) {
    byte[] x509 = publicKey.getEncoded();
    if (x509 == null || x509.length < RAW_KEY_BYTES) {
      throw new IllegalArgumentException("Not an Ed25519 public key");
    }
    // The X.509 encoding of an Ed25519 key is a fixed 12-byte header followed by the raw key.
    return Arrays.copyOfRange(x509, x509.length - RAW_KEY_BYTES, x509.length);
  }

  static String kidOf(PublicKey publicKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(rawPublicKey(publicKey));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, KID_BYTES));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }

  // Files hold both halves (JDK 17 cannot derive one from the other), so make sure they match
  // before this key signs tokens nobody can verify.
  private static boolean isPair(PrivateKey privateKey, PublicKey publicKey) {
    byte[] probe = "one-code-pass key check".getBytes(StandardCharsets.US_ASCII);
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] sig = signer.sign();
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a usable Ed25519 key pair", e);
    }
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "SigningKey[kid=" + kid + ", canSign=" + canSign() + ", createdAt=" + createdAt + "]";
  }
}
