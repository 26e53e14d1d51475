package com.onecodepass.codeissue.vaccination.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.time.LocalDate;
import java.util.Collection;

/** What makes a vaccination record acceptable; pure, so the rules are unit-tested. */
public final class DoseRules {

  public static final int MAX_DOSE = 5;
  static final int MAX_VACCINE = 60;
  static final int MAX_SITE = 80;

  private DoseRules() {}

  /**
   * Checks a new dose against the ones on record.
   *
   * @param today the civil date where the dose was given (Asia/Shanghai)
   */
  public static void check(
      int dose, LocalDate date, LocalDate today, Collection<Integer> dosesOnRecord) {
    if (dose < 1 || dose > MAX_DOSE) {
      throw new InvalidInputException("dose", "vaccination.dose", "dose must be 1 to 5");
    }
    if (date == null || date.isAfter(today)) {
      throw new InvalidInputException("date", "vaccination.date", "date missing or in the future");
    }
    if (dosesOnRecord.contains(dose)) {
      throw new InvalidInputException("dose", "vaccination.duplicate", "dose already on record");
    }
  }

  /** A stripped, non-blank text of at most {@code max} characters, or a field error. */
  public static String text(String raw, String field, int max) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()
        || s.codePointCount(0, s.length()) > max
        || s.codePoints().anyMatch(c -> Character.isISOControl(c) || "<>\"&".indexOf(c) >= 0)) {
      throw new InvalidInputException(field, "vaccination." + field, field + " blank or invalid");
    }
    return s;
  }

  public static String vaccine(String raw) {
    return text(raw, "vaccine", MAX_VACCINE);
  }

  public static String site(String raw) {
    return text(raw, "site", MAX_SITE);
  }
}
