package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.io.Serializable;

/** A person's name as typed, refusing characters that have no business in a name. */
public final class PersonName implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FIELD = "name";
  private static final int MAX_LENGTH = 30;
  private static final String FORBIDDEN = "<>\"'&;";

  private final String value;

  private PersonName(String value) {
    this.value = value;
  }

  public static PersonName parse(String raw) {
    // strip(), not trim(): names are often typed with a full-width (ideographic) space.
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      throw new InvalidInputException(FIELD, "name.empty", "Name is empty");
    }
    // Counted in code points so rare CJK characters outside the BMP count as one.
    int length = s.codePointCount(0, s.length());
    if (length > MAX_LENGTH || !s.codePoints().allMatch(PersonName::isAllowed)) {
      throw new InvalidInputException(
          FIELD, "name.invalid", "Name has invalid characters or length");
    }
    return new PersonName(s);
  }

  private static boolean isAllowed(int c) {
    int type = Character.getType(c);
    // FORMAT covers zero-width and bidi-override characters that make a name display differently
    // from what is stored; lone surrogates and line separators are never part of a real name.
    return !Character.isISOControl(c)
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && !Character.isDigit(c)
        && FORBIDDEN.indexOf(c) < 0;
  }

  public String value() {
    return value;
  }

  /** 张 -> *, 张三 -> 张*, 张小三 -> 张*三, 欧阳娜娜 -> 欧**娜. */
  public String masked() {
    int[] cps = value.codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
    if (cps.length == 2) {
      return sb.append('*').toString();
    }
    return sb.append("*".repeat(cps.length - 2)).appendCodePoint(cps[cps.length - 1]).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName other && value.equals(other.value);
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
