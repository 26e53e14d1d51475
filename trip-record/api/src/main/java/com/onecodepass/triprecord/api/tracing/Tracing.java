package com.onecodepass.triprecord.api.tracing;

import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Spatio-temporal tracing for officers. Reads by the (citizen, time) and (venue, time) indexes
 * only; a null look-back or window means {@code ocp.tracing.lookback.days} (14) and {@code
 * ocp.tracing.window.minutes} (30).
 *
 * <p>Every read is scoped by the officer's {@link StaffScope} and audited: district staff trace
 * from the people of their district and from the confirmed contacts of their district's cases
 * (code-issue decides, it knows where people live), and see the exposure of their district's
 * venues; city admins everything; other roles nothing. Anything else, an unknown id included, is
 * refused with {@link com.onecodepass.platform.api.NotPermittedException} ({@code
 * tracing.notPermitted}) and an audit entry. Out-of-range input is an {@link
 * com.onecodepass.codeissue.api.InvalidInputException}.
 */
@Local
public interface Tracing {

  /** Most people one secondary-contact trace starts from. */
  int MAX_SOURCES = 500;

  /** Longest look-back, in days. */
  int MAX_DAYS = 60;

  /** Widest window either side of a visit, in minutes. */
  int MAX_WINDOW_MINUTES = 720;

  /** Everyone else at the same venue within the window of the case's visits in the look-back. */
  TracingReport companions(
      StaffScope who, String clientAddress, long caseCitizenId, Duration lookBack, Duration window);

  /** Companions of the given confirmed close contacts, excluding those and {@code excluded}. */
  TracingReport secondaryContacts(
      StaffScope who,
      String clientAddress,
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window);

  /**
   * The tracing page's run, from the form as typed: the companions of the case, or, with contacts
   * given, their companions (the case excluded). Typed text that is not an id or number, too many
   * contacts or bounds out of range are an {@link
   * com.onecodepass.codeissue.api.InvalidInputException} with the page's message key; refusals and
   * audit entries are those of {@link #companions} and {@link #secondaryContacts}.
   */
  TracingReport trace(StaffScope who, String clientAddress, TraceRequest typed);

  /** Everyone who checked in at the venue between {@code from} (incl.) and {@code to} (incl.). */
  List<Exposure> venueExposure(
      StaffScope who, String clientAddress, long venueId, Instant from, Instant to);
}
