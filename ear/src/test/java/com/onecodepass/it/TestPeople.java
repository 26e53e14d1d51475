package com.onecodepass.it;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import java.security.SecureRandom;
import java.time.LocalDate;

/** Fresh, valid identities so tests never collide with each other or the demo data. */
final class TestPeople {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestPeople() {}

  static String residentId() {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(365 * 60));
    String first17 =
        "610113" + birth.toString().replace("-", "") + String.format("%03d", RANDOM.nextInt(1000));
    return first17 + ResidentId.checkDigitFor(first17);
  }

  /** 139 and 150 prefixes; the demo data uses 138. */
  static String mobile() {
    return (RANDOM.nextBoolean() ? "139" : "150")
        + String.format("%08d", RANDOM.nextInt(100_000_000));
  }
}
