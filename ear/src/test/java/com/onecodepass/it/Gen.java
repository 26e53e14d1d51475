package com.onecodepass.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of test values from a seeded {@link Random}: with the seed a failing sample can be
 * generated again. Just enough combinators for the hostile-input properties.
 */
@FunctionalInterface
interface Gen<T> {

  T next(Random random);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  default <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> f) {
    return random -> f.apply(next(random)).next(random);
  }

  default Gen<List<T>> list(int min, int max) {
    return random -> {
      int size = min + random.nextInt(max - min + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return values;
    };
  }

  static <T> Gen<T> just(T value) {
    return random -> value;
  }

  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return random -> values[random.nextInt(values.length)];
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return random -> gens[random.nextInt(gens.length)].next(random);
  }

  /** {@code common} most of the time, {@code rare} one time in {@code 1 + odds}. */
  static <T> Gen<T> mostly(int odds, Gen<? extends T> common, Gen<? extends T> rare) {
    return random -> random.nextInt(odds + 1) == 0 ? rare.next(random) : common.next(random);
  }

  static Gen<Integer> ints(int min, int max) {
    return random -> min + random.nextInt(max - min + 1);
  }

  static Gen<Long> longs(long min, long max) {
    return random -> min + (long) (random.nextDouble() * (max - min + 1));
  }

  static Gen<Long> anyLong() {
    return Random::nextLong;
  }

  /** Strings of {@code min..max} characters drawn from {@code from..to}. */
  static Gen<String> chars(char from, char to, int min, int max) {
    return random -> {
      int length = min + random.nextInt(max - min + 1);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append((char) (from + random.nextInt(to - from + 1)));
      }
      return s.toString();
    };
  }

  static Gen<String> alpha(int min, int max) {
    return chars('a', 'z', min, max);
  }

  static Gen<String> digits(int min, int max) {
    return chars('0', '9', min, max);
  }
}
