package com.onecodepass.triprecord.tracing.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.triprecord.api.tracing.TraceRequest;
import com.onecodepass.triprecord.api.tracing.Tracing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tracing form as typed, read into ids and bounds. Anything that is not a number is refused
 * with the page's message key rather than dropped, so an officer never traces from fewer people
 * than they typed.
 */
public record TraceForm(Long caseId, List<Long> contacts, Duration days, Duration window) {

  public static TraceForm parse(TraceRequest typed) {
    Long caseId = blank(typed.caseId()) ? null : number(typed.caseId(), "tracing.case.invalid");
    List<Long> contacts = new ArrayList<>();
    if (!blank(typed.contacts())) {
      Set<Long> ids = new LinkedHashSet<>();
      for (String part : typed.contacts().strip().split("[,，\\s]+")) {
        ids.add(number(part, "tracing.contacts.invalid"));
        if (ids.size() > Tracing.MAX_SOURCES) {
          throw new InvalidInputException("contacts", "tracing.contacts.tooMany", "too many");
        }
      }
      contacts.addAll(ids);
    }
    long d = blank(typed.days()) ? TraceRequest.DEFAULT_DAYS : number(typed.days(), "tracing.days");
    long w =
        blank(typed.window())
            ? TraceRequest.DEFAULT_WINDOW
            : number(typed.window(), "tracing.window");
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
