package com.onecodepass.it;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh, valid identities so tests never collide with each other or the demo data.
 *
 * <p>Identities are handed out in sequence from a random starting point, not drawn at random:
 * drawing ~1,000 of 21.9 M possible resident IDs at random collides in a few percent of suite runs
 * (the birthday bound), which failed CI once with "this resident ID is already registered". A
 * sequence never repeats within a run; the random start keeps runs against a database that already
 * holds an earlier run's people apart.
 */
final class TestPeople {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int DAYS = 365 * 60;
  private static final long RESIDENT_IDS = DAYS * 1000L;
  private static final long MOBILES = 2 * 100_000_000L;
  private static final AtomicLong NEXT_RESIDENT = new AtomicLong(RANDOM.nextLong(RESIDENT_IDS));
  private static final AtomicLong NEXT_MOBILE = new AtomicLong(RANDOM.nextLong(MOBILES));

  private TestPeople() {}

  static String residentId() {
    long n = Math.floorMod(NEXT_RESIDENT.getAndIncrement(), RESIDENT_IDS);
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 1000);
    String first17 = "610113" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
    return first17 + ResidentId.checkDigitFor(first17);
  }

  /** 139 and 150 prefixes; the demo data uses 138. */
  static String mobile() {
    long n = Math.floorMod(NEXT_MOBILE.getAndIncrement(), MOBILES);
    return (n < 100_000_000L ? "139" : "150") + String.format("%08d", n % 100_000_000L);
  }
}
