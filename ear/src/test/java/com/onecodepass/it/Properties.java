package com.onecodepass.it;

import java.util.Random;

/**
 * Runs a property over generated samples: a fixed seed (overridable with -Dhostile.seed=N to
 * explore), a bounded number of tries, and on failure the seed, the try and the sample, so that it
 * can be replayed.
 */
final class Properties {

  static final long SEED = Long.getLong("hostile.seed", 20261206L);

  @FunctionalInterface
  interface Property<T> {
    void check(T sample) throws Exception;
  }

  private Properties() {}

  static <T> void forAll(int tries, Gen<T> gen, Property<T> property) {
    Random seeds = new Random(SEED);
    for (int i = 0; i < tries; i++) {
      long seed = seeds.nextLong();
      T sample = gen.next(new Random(seed));
      try {
        property.check(sample);
      } catch (Exception | AssertionError e) {
        throw new AssertionError(
            "falsified at try "
                + (i + 1)
                + " of "
                + tries
                + " (-Dhostile.seed="
                + SEED
                + ", sample seed "
                + seed
                + ")\nsample: "
                + abbreviate(String.valueOf(sample))
                + "\n"
                + e.getMessage(),
            e);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 1500 ? s : s.substring(0, 1500) + "…(" + s.length() + " characters)";
  }
}
