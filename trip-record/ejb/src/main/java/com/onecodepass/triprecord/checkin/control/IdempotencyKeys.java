package com.onecodepass.triprecord.checkin.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Idempotency keys of check-ins (column {@code check_in.idempotency_key}, unique, 64 chars).
 *
 * <p>A scan's key is derived from citizen, venue and the five-minute bucket of the scan, so two
 * racing requests for the same rescan collide on the unique key and only one row is written. A
 * transit report's key is the operator's event id, hashed with the gate id so that two operators'
 * ids cannot collide and any length fits.
 */
public final class IdempotencyKeys {

  public static final Duration RESCAN_WINDOW = Duration.ofMinutes(5);

  private IdempotencyKeys() {}

  public static String scan(long citizenId, long venueId, Instant at) {
    long bucket = Math.floorDiv(at.getEpochSecond(), RESCAN_WINDOW.toSeconds());
    return "s:" + citizenId + ":" + venueId + ":" + bucket;
  }

  public static String transit(String gateId, String operatorKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((gateId + '\n' + operatorKey).getBytes(StandardCharsets.UTF_8));
      return "t:" + HexFormat.of().formatHex(digest).substring(0, 62); // 248 bits; column is 64
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
