package com.onecodepass.web.platform;

/**
 * JSON strings for bodies written by hand from a fixed template (the hot REST answers): a
 * reflective binding per request costs more than the answer is worth.
 */
public final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * Appends {@code value} as a JSON string (RFC 8259): quotes, backslashes and control characters
   * escaped, and U+2028/U+2029 (which end a line in JavaScript); {@code null} as {@code null}.
   */
  public static StringBuilder string(StringBuilder out, String value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]);
            out.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
