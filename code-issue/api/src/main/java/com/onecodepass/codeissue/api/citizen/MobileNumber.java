package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.io.Serializable;

/** A mainland China mobile number, stored as its 11 national digits. */
public final class MobileNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FIELD = "mobile";

  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  public static MobileNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException(FIELD, "mobile.empty", "Mobile number is empty");
    }
    StringBuilder sb = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    String s = sb.toString();
    // Only strip the country code when what remains could be a national number.
    if (s.startsWith("+86") && s.length() == 14) {
      s = s.substring(3);
    } else if (s.startsWith("86") && s.length() == 13) {
      s = s.substring(2);
    }
    if (!isValidNational(s)) {
      throw new InvalidInputException(FIELD, "mobile.invalid", "Not a mainland mobile number");
    }
    return new MobileNumber(s);
  }

  private static boolean isValidNational(String s) {
    return s.length() == 11
        && s.chars().allMatch(c -> c >= '0' && c <= '9')
        && s.charAt(0) == '1'
        && s.charAt(1) >= '3';
  }

  public String value() {
    return value;
  }

  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(7);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MobileNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
