package com.onecodepass.codeissue.declaration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Validation of a declaration's arrival part and the risk-city match; pure, so unit-tested. Which
 * cities are risky and how far back to look is the rule set's data.
 */
public final class DeclarationRules {

  static final int MAX_CITY = 30;

  /** Arrivals longer ago than this cannot matter to any rule and are refused as a typo. */
  static final int MAX_ARRIVAL_AGE_DAYS = 60;

  private DeclarationRules() {}

  /** The city as typed, stripped; null when none was given. */
  public static String city(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.codePointCount(0, s.length()) > MAX_CITY
        || !s.codePoints()
            .allMatch(c -> Character.isLetter(c) || c == ' ' || c == '·' || c == '-')) {
      throw new InvalidInputException("originCity", "declaration.city", "invalid city name");
    }
    return s;
  }

  /** City and date go together; the date is neither in the future nor absurdly old. */
  public static void checkArrival(String city, LocalDate arrival, LocalDate today) {
    if (city == null && arrival != null) {
      throw new InvalidInputException("originCity", "declaration.cityMissing", "date without city");
    }
    if (city != null
        && (arrival == null
            || arrival.isAfter(today)
            || arrival.isBefore(today.minusDays(MAX_ARRIVAL_AGE_DAYS)))) {
      throw new InvalidInputException(
          "arrivalDate", "declaration.arrivalDate", "arrival date missing or out of range");
    }
  }

  /**
   * Whether an arrival counts: from a risk city (compared without a trailing 市, so 天津 and 天津市
   * match) and within the look-back window.
   */
  public static boolean isRiskArrival(
      String city, LocalDate arrival, Set<String> riskCities, int lookBackDays, LocalDate today) {
    if (city == null || arrival == null || arrival.isBefore(today.minusDays(lookBackDays))) {
      return false;
    }
    String wanted = bare(city);
    return riskCities.stream().anyMatch(r -> bare(r).equalsIgnoreCase(wanted));
  }

  private static String bare(String city) {
    String s = city.strip();
    return s.endsWith("市") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
