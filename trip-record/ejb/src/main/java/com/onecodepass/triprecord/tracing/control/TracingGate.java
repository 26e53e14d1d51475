package com.onecodepass.triprecord.tracing.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.tracing.Tracing;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one door of tracing: whether this officer may trace from these people or read this venue's
 * visitors, with the audit entry either way (in the caller's transaction, or its own). People are
 * admitted by code-issue, which knows where they live; venues here. Unknown and foreign ids get the
 * same refusal, so ids cannot be probed.
 */
@Stateless
public class TracingGate {

  public static final String NOT_PERMITTED = "tracing.notPermitted";

  @EJB CitizenRecords citizens;
  @EJB VenueStore venues;

  @EJB StaffGate gate;

  public void people(StaffScope who, String client, Collection<Long> people, String action) {
    if (people.size() > Tracing.MAX_SOURCES) {
      throw new InvalidInputException("contacts", "tracing.contacts.tooMany", "too many people");
    }
    List<CitizenId> ids = new ArrayList<>(people.size());
    for (long id : people) {
      if (id < 1) {
        throw new InvalidInputException("contacts", "tracing.contacts.invalid", "not an id");
      }
      ids.add(CitizenId.of(id));
    }
    citizens.authoriseTrace(who, ids, action, client);
  }

  public void venue(StaffScope who, String client, long venueId, String action) {
    String target = "venue#" + venueId;
    Venue venue = venues.byIds(List.of(venueId)).get(venueId);
    gate.require(
        who != null && venue != null && who.mayManage(venue.districtCode()),
        who,
        action,
        target,
        venue == null ? "no such venue" : "venue of district " + venue.districtCode(),
        client,
        NOT_PERMITTED);
    gate.record(who, action, target, null, client);
  }

  /** The look-back and window as asked, or the defaults when null; out of range is refused. */
  public static Duration lookBack(Duration asked, Duration fallback) {
    return within(asked, fallback, Duration.ofDays(Tracing.MAX_DAYS), "days", "tracing.days");
  }

  public static Duration window(Duration asked, Duration fallback) {
    return within(
        asked,
        fallback,
        Duration.ofMinutes(Tracing.MAX_WINDOW_MINUTES),
        "window",
        "tracing.window");
  }

  private static Duration within(
      Duration asked, Duration fallback, Duration max, String field, String key) {
    if (asked == null) {
      return fallback;
    }
    if (asked.isNegative() || asked.isZero() || asked.compareTo(max) > 0) {
      throw new InvalidInputException(field, key, field + " out of range");
    }
    return asked;
  }
}
