package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.platform.api.CityClock;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** An 18-digit resident identity number (GB 11643-1999), validated on construction. */
public final class ResidentId implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final Set<Integer> PROVINCES =
      Set.of(
          11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
          51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
  // Birth dates are civil dates in China; the server's own zone is irrelevant.
  private static final ZoneId CHINA = CityClock.ZONE;

  private final String value;

  private ResidentId(String value) {
    this.value = value;
  }

  public static ResidentId parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidResidentIdException(ResidentIdProblem.EMPTY);
    }
    String s = raw.strip();
    if (s.endsWith("x")) {
      s = s.substring(0, s.length() - 1) + 'X';
    }
    if (s.length() != LENGTH) {
      throw new InvalidResidentIdException(ResidentIdProblem.LENGTH);
    }
    if (!isAsciiDigits(s.substring(0, LENGTH - 1))
        || !(isAsciiDigit(s.charAt(LENGTH - 1)) || s.charAt(LENGTH - 1) == 'X')) {
      throw new InvalidResidentIdException(ResidentIdProblem.CHARACTERS);
    }
    if (!PROVINCES.contains(Integer.parseInt(s.substring(0, 2))) || s.startsWith("0000", 2)) {
      throw new InvalidResidentIdException(ResidentIdProblem.REGION);
    }
    LocalDate birth = birthDateOf(s);
    if (birth == null || birth.getYear() < 1900 || birth.isAfter(LocalDate.now(CHINA))) {
      throw new InvalidResidentIdException(ResidentIdProblem.BIRTH_DATE);
    }
    if (checkDigitFor(s.substring(0, LENGTH - 1)) != s.charAt(LENGTH - 1)) {
      throw new InvalidResidentIdException(ResidentIdProblem.CHECK_DIGIT);
    }
    return new ResidentId(s);
  }

  /** ISO 7064 MOD 11-2 check character for the first 17 digits. */
  public static char checkDigitFor(String first17) {
    if (first17 == null || first17.length() != LENGTH - 1 || !isAsciiDigits(first17)) {
      throw new IllegalArgumentException("Expected 17 ASCII digits");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  public String value() {
    return value;
  }

  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  public String masked() {
    return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
  }

  private static LocalDate birthDateOf(String s) {
    try {
      return LocalDate.of(
          Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException impossibleDate) {
      return null;
    }
  }

  private static boolean isAsciiDigits(String s) {
    return s.chars().allMatch(c -> isAsciiDigit((char) c));
  }

  // Character.isDigit would also accept full-width and other scripts' digits.
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, so the full number never ends up in a log line. */
  @Override
  public String toString() {
    return masked();
  }
}
