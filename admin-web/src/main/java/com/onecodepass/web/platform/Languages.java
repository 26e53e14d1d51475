package com.onecodepass.web.platform;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the site and how a switch names them. */
public final class Languages {

  private Languages() {}

  /**
   * @return the locale for a switch value ({@code zh}, {@code zh-CN}, {@code en}…), empty for
   *     anything else
   */
  public static Optional<Locale> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
      return Optional.of(Locale.ENGLISH);
    }
    if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
      return Optional.of(Locale.SIMPLIFIED_CHINESE);
    }
    return Optional.empty();
  }

  /**
   * The current address with {@code lang} set: {@code query} is the request's query string (may be
   * null), other parameters are kept.
   */
  public static String switchUrl(String path, String query, String lang) {
    StringBuilder b = new StringBuilder(path).append("?");
    if (query != null) {
      for (String part : query.split("&")) {
        if (!part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang")) {
          b.append(part).append("&");
        }
      }
    }
    return b.append("lang=").append(lang).toString();
  }
}
