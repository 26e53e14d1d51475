package com.onecodepass.platform.api;

import java.io.Serializable;

/**
 * A county-level administrative division by its six-digit GB/T 2260 code (e.g. {@code 610113},
 * Yanta District of Xi'an): two digits of province (11–82), two of prefecture, two of county. The
 * constructor checks the form only; whether the city has such a district is code-issue's {@code
 * district} table's answer. {@link #toString} is the bare code, so a page or a message shows it as
 * the code it always was.
 */
public record DistrictCode(String value) implements Serializable, Comparable<DistrictCode> {

  public DistrictCode {
    if (!wellFormed(value)) {
      throw new IllegalArgumentException("not a six-digit GB/T 2260 district code: " + value);
    }
  }

  public static DistrictCode of(String value) {
    return new DistrictCode(value);
  }

  /** Whether {@code value} has the form of a district code, for callers that refuse politely. */
  public static boolean wellFormed(String value) {
    if (value == null || value.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int province = (value.charAt(0) - '0') * 10 + (value.charAt(1) - '0');
    return province >= 11 && province <= 82;
  }

  @Override
  public int compareTo(DistrictCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
