package com.onecodepass.it;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Generators of hostile values, shared by the REST, SOAP and form properties: text (empty,
 * oversized, control characters, unicode, RTL, emoji, SQL, markup, expressions), numbers, resident
 * IDs, mobiles, times, and JSON fragments.
 */
final class HostileValues {

  private HostileValues() {}

  static Gen<String> text() {
    return Gen.oneOf(
        Gen.of(
            "",
            " ",
            "\t\r\n",
            "null",
            "undefined",
            "NaN",
            "' OR '1'='1",
            "'; DROP TABLE citizen; --",
            "1 UNION SELECT password_hash FROM staff_account",
            "\\' \\\" \\\\ %_",
            HostileValues.MARKUP_PAYLOAD,
            "\"><ocpxss onerror=alert(1)>",
            "javascript:alert(1)",
            HostileAnswers.EXPRESSION,
            "${'ocp'.concat('el')}",
            "%s%n%x%d",
            "../../../../etc/passwd",
            "\u202Etxt.exe\u202C",
            "مرحبا بالعالم",
            "שלום",
            "😀🏳️‍🌈👨‍👩‍👧‍👦",
            "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͙̀",
            "\uFEFF\u200B\u200D",
            "\uD800",
            "\u0000",
            "張\u0000三",
            "王芳"),
        Gen.chars('\u0000', '\u001F', 1, 20),
        Gen.chars('\u0080', '\uFFFF', 1, 40),
        Gen.alpha(81, 300),
        Gen.ints(1_000, 200_000).map("長"::repeat));
  }

  /** Hostile text short enough for a URL (the server's header limit is not what is tested). */
  static Gen<String> urlText() {
    return text().map(s -> s.length() > 500 ? s.substring(0, 500) : s);
  }

  static final String MARKUP_PAYLOAD = HostileAnswers.MARKUP + ">alert(1)</ocpxss>";

  static Gen<String> residentId() {
    return Gen.oneOf(
        validResidentId(),
        validResidentId().map(id -> id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')),
        Gen.of(
            "61011318000101001" + ResidentId.checkDigitFor("61011318000101001"),
            "61011329991231001" + ResidentId.checkDigitFor("61011329991231001"),
            "61011320260230001" + ResidentId.checkDigitFor("61011320260230001"),
            "000000000000000000",
            "61011319900307123x",
            "6101131990030712",
            "6101131990030712345",
            "６１０１１３１９９００３０７１２３Ｘ"),
        text());
  }

  /** A well-formed ID of 雁塔区 (from the seed, so a failing sample can be replayed). */
  static Gen<String> validResidentId() {
    return random -> {
      String first17 =
          "610113"
              + java.time.LocalDate.of(1950, 1, 1)
                  .plusDays(random.nextInt(365 * 60))
                  .toString()
                  .replace("-", "")
              + String.format("%03d", random.nextInt(1000));
      return first17 + ResidentId.checkDigitFor(first17);
    };
  }

  static Gen<String> mobile() {
    return Gen.oneOf(
        Gen.of(
            "13800000000",
            "1380000000",
            "138000000001",
            "+8613800000000",
            "12345678901",
            "-13800000000",
            "1.38e10",
            "１３８００００００００"),
        Gen.digits(0, 30),
        text());
  }

  /** Times as text: far past and future, out-of-range fields, no offset, not a time at all. */
  static Gen<String> time() {
    return Gen.oneOf(
        Gen.of(
            "0001-01-01T00:00:00Z",
            "1900-01-01T00:00:00+08:00",
            "9999-12-31T23:59:59Z",
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "2026-02-30T08:00:00+08:00",
            "2026-13-01T08:00:00Z",
            "2026-01-04T25:61:61Z",
            "2026-01-04T08:00:00+25:00",
            "2026-01-04T08:00:00",
            "2026-01-04",
            "1767513600",
            "yesterday"),
        Gen.longs(-36_500, 36_500)
            .map(days -> Instant.now().plus(days, ChronoUnit.DAYS).toString()),
        text());
  }

  /** Dates as a form field sends them (yyyy-MM-dd and worse). */
  static Gen<String> date() {
    return Gen.oneOf(
        Gen.of(
            "0001-01-01",
            "1800-01-01",
            "9999-12-31",
            "+99999-01-01",
            "2026-02-30",
            "2026-00-00",
            "31/12/2025",
            "2026-1-4"),
        Gen.longs(-36_500, 36_500).map(days -> java.time.LocalDate.now().plusDays(days).toString()),
        text());
  }

  /** Numbers as literal text: huge, negative, fractional, exponent overflow. */
  static Gen<String> number() {
    return Gen.oneOf(
        Gen.of(
            "0",
            "-1",
            "1.5",
            "1e308",
            "1e999",
            "-0",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "99999999999999999999999999999999999999"),
        Gen.anyLong().map(String::valueOf),
        Gen.ints(-3, 12).map(String::valueOf));
  }

  /** A JSON value of any type, often not the one the field expects. */
  static Gen<String> jsonValue() {
    return Gen.oneOf(
        text().map(HostileValues::jsonString),
        number(),
        Gen.of(
            "true", "null", "[]", "{}", "[null]", "{\"$ne\":null}", "\"\\ud800\"", "\"\\u0000\""),
        Gen.ints(2, 3_000).map(HostileValues::nested));
  }

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  static String xmlText(String text) {
    StringBuilder xml = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> xml.append("&lt;");
        case '&' -> xml.append("&amp;");
        case '>' -> xml.append("&gt;");
        default -> xml.append(c);
      }
    }
    return xml.toString();
  }
}
