package com.onecodepass.web.citizen;

import java.time.Duration;
import java.time.Instant;

/** The age buckets citizens and checkpoints think in: within 24 h, 48 h, 72 h, 7 days, older. */
final class TestAge {

  private TestAge() {}

  static String keyFor(Instant sampled) {
    if (sampled == null) {
      return "test.none";
    }
    long hours = Duration.between(sampled, Instant.now()).toHours();
    if (hours < 24) {
      return "test.age24";
    } else if (hours < 48) {
      return "test.age48";
    } else if (hours < 72) {
      return "test.age72";
    } else if (hours < 24 * 7) {
      return "test.age7d";
    }
    return "test.older";
  }
}
