package com.onecodepass.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The chain rule: hash = SHA-256(previous hash, then every field, length-prefixed). */
public final class AuditHash {

  private AuditHash() {}

  public static String of(String previousHash, Instant at, String... fields) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, previousHash);
      update(sha, Long.toString(at.toEpochMilli()));
      for (String field : fields) {
        update(sha, field);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // Length-prefixed, so ("ab","c") and ("a","bc") never hash alike; null differs from "".
  private static void update(MessageDigest sha, String value) {
    if (value == null) {
      sha.update((byte) 0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) 1);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
