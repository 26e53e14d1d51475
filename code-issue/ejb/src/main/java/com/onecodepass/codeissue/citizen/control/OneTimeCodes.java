package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.platform.SignInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Sign-in codes live in the shared cache, never in a node's memory, so any node can check a code
 * another node sent. Five wrong codes lock the number for fifteen minutes.
 */
@ApplicationScoped
public class OneTimeCodes {

  static final Duration VALIDITY = Duration.ofMinutes(5);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final int MAX_FAILURES = 5;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject @SignInStore Cache<String, String> cache;

  /** A fresh code for the holder of {@code mobileIndex}; replaces any earlier one. */
  public IssuedCode issue(byte[] mobileIndex, long citizenId) {
    String key = HexFormat.of().formatHex(mobileIndex);
    requireNotLocked(key);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    Instant expiresAt = Instant.now().plus(VALIDITY);
    cache.put(
        "otp:" + key,
        code + ":" + citizenId + ":" + expiresAt.toEpochMilli(),
        VALIDITY.toMillis(),
        TimeUnit.MILLISECONDS);
    return new IssuedCode(code, expiresAt);
  }

  /** Consumes a matching code and returns its citizen id; counts a wrong one. */
  public long redeem(byte[] mobileIndex, String code) {
    String key = HexFormat.of().formatHex(mobileIndex);
    requireNotLocked(key);
    String entry = cache.get("otp:" + key);
    if (entry == null) {
      throw new InvalidInputException("code", "otp.expired", "no valid code; request a new one");
    }
    String[] parts = entry.split(":");
    if (Instant.now().toEpochMilli() > Long.parseLong(parts[2])) {
      cache.remove("otp:" + key);
      throw new InvalidInputException("code", "otp.expired", "code expired");
    }
    String given = code == null ? "" : code.strip();
    if (!MessageDigest.isEqual(parts[0].getBytes(), given.getBytes())) {
      countFailure(key);
    }
    // remove(key, value) makes the code single-use even when two requests race.
    if (!cache.remove("otp:" + key, entry)) {
      throw new InvalidInputException("code", "otp.expired", "code already used");
    }
    cache.remove("fail:" + key);
    return Long.parseLong(parts[1]);
  }

  private void countFailure(String key) {
    String failures = cache.get("fail:" + key);
    int count = failures == null ? 1 : Integer.parseInt(failures) + 1;
    if (count >= MAX_FAILURES) {
      cache.remove("otp:" + key);
      cache.remove("fail:" + key);
      cache.put("lock:" + key, "locked", LOCK.toMillis(), TimeUnit.MILLISECONDS);
      throw new InvalidInputException("code", "otp.locked", "too many wrong codes");
    }
    cache.put("fail:" + key, Integer.toString(count), LOCK.toMillis(), TimeUnit.MILLISECONDS);
    throw new InvalidInputException("code", "otp.wrong", "wrong code");
  }

  private void requireNotLocked(String key) {
    if (cache.containsKey("lock:" + key)) {
      throw new InvalidInputException("code", "otp.locked", "too many wrong codes, try later");
    }
  }

  public record IssuedCode(String code, Instant expiresAt) {}
}
