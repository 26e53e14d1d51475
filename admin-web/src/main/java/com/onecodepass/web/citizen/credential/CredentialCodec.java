package com.onecodepass.web.citizen.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and checks the citizen credential cookie: {@code c1.<payload>.<mac>}, both parts
 * base64url, the MAC an HMAC-SHA256 over {@code c1.<payload>} with the key every node shares.
 * Checking needs no cache or database: a MAC (constant-time compare), then the times. The first key
 * signs; every key verifies, so a key can be rotated without signing everyone out.
 */
public final class CredentialCodec {

  private static final String VERSION = "c1.";
  private static final String HMAC = "HmacSHA256";
  private static final int MAX_LENGTH = 512;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final List<SecretKeySpec> keys;
  private final long maxAgeSeconds;
  private final ThreadLocal<Mac[]> macs;

  /**
   * @param keys the signing key first, then older keys still accepted (each 32 bytes)
   * @param maxAgeSeconds longest time since sign-in a credential is honoured, however renewed
   */
  public CredentialCodec(List<byte[]> keys, long maxAgeSeconds) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no credential key");
    }
    for (byte[] k : keys) {
      if (k.length != 32) {
        throw new IllegalArgumentException("A citizen credential key must be 32 bytes");
      }
    }
    this.keys = keys.stream().map(k -> new SecretKeySpec(k, HMAC)).toList();
    this.maxAgeSeconds = maxAgeSeconds;
    this.macs = ThreadLocal.withInitial(this::newMacs);
  }

  public String encode(CitizenCredential c) {
    String payload =
        c.citizenId()
            + "|"
            + c.id()
            + "|"
            + c.signedInAt()
            + "|"
            + c.issuedAt()
            + "|"
            + c.expiresAt()
            + "|"
            + (c.maskedName() == null ? "" : c.maskedName().replace("|", ""));
    String signed = VERSION + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return signed + "." + B64.encodeToString(mac(0, signed));
  }

  /** The credential if the value is ours, untampered and current at {@code now}; else empty. */
  public Optional<CitizenCredential> decode(String value, long now) {
    if (value == null || value.length() > MAX_LENGTH || !value.startsWith(VERSION)) {
      return Optional.empty();
    }
    int dot = value.lastIndexOf('.');
    if (dot <= VERSION.length()) {
      return Optional.empty();
    }
    String signed = value.substring(0, dot);
    byte[] presented;
    try {
      presented = B64D.decode(value.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!verified(signed, presented)) {
      return Optional.empty();
    }
    return parse(signed.substring(VERSION.length()))
        .filter(c -> c.issuedAt() <= now + 60 && now < c.expiresAt())
        .filter(c -> now - c.signedInAt() <= maxAgeSeconds);
  }

  /**
   * A form token bound to a browser's random form cookie, so a page of another site cannot forge a
   * stateless form post: it can neither read the cookie nor compute this from it.
   */
  public String formToken(String browserNonce) {
    return B64.encodeToString(mac(0, "form|" + browserNonce));
  }

  public boolean isFormToken(String browserNonce, String presented) {
    if (browserNonce == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        formToken(browserNonce).getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }

  private boolean verified(String signed, byte[] presented) {
    boolean ok = false;
    for (int i = 0; i < keys.size(); i++) {
      // Every key is tried, so the time taken does not say which one matched.
      ok |= MessageDigest.isEqual(mac(i, signed), presented);
    }
    return ok;
  }

  private static Optional<CitizenCredential> parse(String payloadB64) {
    try {
      String[] f = new String(B64D.decode(payloadB64), StandardCharsets.UTF_8).split("\\|", -1);
      if (f.length != 6 || !ID.matcher(f[1]).matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new CitizenCredential(
              Long.parseLong(f[0]),
              f[1],
              f[5].isEmpty() ? null : f[5],
              Long.parseLong(f[2]),
              Long.parseLong(f[3]),
              Long.parseLong(f[4])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(int key, String text) {
    return macs.get()[key].doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private Mac[] newMacs() {
    try {
      Mac[] all = new Mac[keys.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = Mac.getInstance(HMAC);
        all[i].init(keys.get(i));
      }
      return all;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
