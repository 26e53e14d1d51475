package com.onecodepass.web.platform;

/**
 * Text and attribute values for HTML written by hand (pages rendered without Faces): the five
 * characters that can end a text node or a quoted attribute are escaped, as Facelets does.
 */
public final class HtmlText {

  private HtmlText() {}

  public static StringBuilder append(StringBuilder out, String value) {
    if (value == null) {
      return out;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out;
  }

  public static String escape(String value) {
    return append(new StringBuilder(value == null ? 0 : value.length() + 16), value).toString();
  }
}
