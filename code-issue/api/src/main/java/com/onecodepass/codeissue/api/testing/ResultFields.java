package com.onecodepass.codeissue.api.testing;

import com.onecodepass.codeissue.api.citizen.InvalidResidentIdException;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.platform.api.CityClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Field rules for reported test results, shared by the integrator API and the CSV import so a value
 * accepted by one is accepted by the other. Every rule throws {@link RowRejected} with a public
 * reason code.
 */
public final class ResultFields {

  /** Clock skew tolerated for reported times in the future. */
  public static final Duration SKEW = Duration.ofMinutes(5);

  public static final int LAB_MAX = 80;

  private static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9\\-]{6,32}");
  private static final ZoneId CITY = CityClock.ZONE;
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);

  private ResultFields() {}

  /** Exactly as on the citizen form: {@link ResidentId#parse}. */
  public static ResidentId person(String residentId) {
    try {
      return ResidentId.parse(residentId);
    } catch (InvalidResidentIdException e) {
      throw new RowRejected("invalid-resident-id");
    }
  }

  /** A pooled tube's barcode as printed: 6-32 letters, digits or dashes; upper-cased. */
  public static String barcode(String text) {
    String code = text == null ? "" : text.strip();
    if (!BARCODE.matcher(code).matches()) {
      throw new RowRejected("invalid-barcode");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  /** {@code NEGATIVE} or {@code POSITIVE}. */
  public static TestOutcome outcome(String text) {
    if (text == null || text.isBlank()) {
      throw new RowRejected("missing-field");
    }
    try {
      return TestOutcome.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new RowRejected("invalid-outcome");
    }
  }

  /** An ISO-8601 date-time with offset, not in the future (beyond {@link #SKEW}). */
  public static Instant offsetTime(String text) {
    if (text == null || text.isBlank()) {
      throw new RowRejected("missing-field");
    }
    try {
      return notInFuture(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException e) {
      throw new RowRejected("invalid-time");
    }
  }

  /**
   * As {@link #offsetTime}, or without an offset ({@code 2026-11-26 08:30}, {@code
   * 2026-11-26T08:30:00}) read as city time, which is how lab spreadsheets write it. Millisecond
   * precision, as stored, so the same time always compares equal.
   */
  public static Instant sampleTime(String text) {
    if (text == null || text.isBlank()) {
      throw new RowRejected("missing-field");
    }
    String t = text.strip();
    Instant at;
    try {
      if (t.length() > 19 && (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
        at = OffsetDateTime.parse(t).toInstant();
      } else if (t.indexOf('T') > 0) {
        at = LocalDateTime.parse(t).atZone(CITY).toInstant();
      } else {
        at = LocalDateTime.parse(t, SPACED).atZone(CITY).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw new RowRejected("invalid-time");
    }
    return notInFuture(at.truncatedTo(ChronoUnit.MILLIS));
  }

  /** A lab's name: required, at most {@link #LAB_MAX} characters. */
  public static String lab(String text) {
    if (text == null || text.isBlank()) {
      throw new RowRejected("missing-field");
    }
    if (text.strip().length() > LAB_MAX) {
      throw new RowRejected("field-too-long");
    }
    return text.strip();
  }

  private static Instant notInFuture(Instant t) {
    if (t.isAfter(Instant.now().plus(SKEW))) {
      throw new RowRejected("invalid-time");
    }
    return t;
  }
}
