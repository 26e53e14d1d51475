package com.onecodepass.platform.api;

import java.io.Serializable;

/**
 * A citizen as the modules name one to each other: code-issue's surrogate key ({@code citizen.id}),
 * never the resident ID. Modules link to a citizen by this value (no foreign key across modules);
 * it is an internal number, so {@link #toString} may print it. Serializable because records that
 * carry it travel in sessions and caches.
 */
public record CitizenId(long value) implements Serializable, Comparable<CitizenId> {

  public CitizenId {
    if (value <= 0) {
      throw new IllegalArgumentException("a citizen id is positive: " + value);
    }
  }

  public static CitizenId of(long value) {
    return new CitizenId(value);
  }

  @Override
  public int compareTo(CitizenId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "citizen#" + value;
  }
}
