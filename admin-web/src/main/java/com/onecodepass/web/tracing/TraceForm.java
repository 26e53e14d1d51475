package com.onecodepass.web.tracing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.triprecord.api.Tracing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tracing form as typed: a case's citizen id and/or close contacts' ids, look-back and window.
 * Anything that is not a number is refused with a message rather than dropped, so an officer never
 * traces from fewer people than they typed.
 */
record TraceForm(Long caseId, List<Long> contacts, Duration days, Duration window) {

  static final long DEFAULT_DAYS = 14;
  static final long DEFAULT_WINDOW = 30;

  static TraceForm parse(String caseText, String contactsText, String days, String window) {
    Long caseId = blank(caseText) ? null : number(caseText, "tracing.case.invalid");
    List<Long> contacts = new ArrayList<>();
    if (!blank(contactsText)) {
      Set<Long> ids = new LinkedHashSet<>();
      for (String part : contactsText.strip().split("[,，\\s]+")) {
        ids.add(number(part, "tracing.contacts.invalid"));
        if (ids.size() > Tracing.MAX_SOURCES) {
          throw new InvalidInputException("contacts", "tracing.contacts.tooMany", "too many");
        }
      }
      contacts.addAll(ids);
    }
    long d = blank(days) ? DEFAULT_DAYS : number(days, "tracing.days");
    long w = blank(window) ? DEFAULT_WINDOW : number(window, "tracing.window");
    if (d < 1 || d > Tracing.MAX_DAYS) {
      throw new InvalidInputException("days", "tracing.days", "look-back out of range");
    }
    if (w < 1 || w > Tracing.MAX_WINDOW_MINUTES) {
      throw new InvalidInputException("window", "tracing.window", "window out of range");
    }
    return new TraceForm(caseId, List.copyOf(contacts), Duration.ofDays(d), Duration.ofMinutes(w));
  }

  private static long number(String text, String key) {
    try {
      long v = Long.parseLong(text.strip());
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("trace", key, "not an id or number");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
