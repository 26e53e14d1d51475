package com.onecodepass.codeissue.api.contacts;

import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.time.Duration;
import java.util.Collection;

/**
 * What case work needs from the check-ins: who shared a venue with a person. code-issue owns this
 * port and trip-record implements it, so code-issue depends on nothing of trip-record (trip-record
 * already compiles against this API) and the two modules no longer call each other in a circle.
 *
 * <p>A trace runs as the case officer, not as a system user: {@code officer}'s reach over the
 * traced people is checked and the read audited ({@code tracing.companions}, {@code
 * tracing.secondary}) just as for a trace started on the tracing page. A refusal is {@link
 * com.onecodepass.platform.api.NotPermittedException}; a look-back over 60 days or a window over
 * 720 minutes is {@link com.onecodepass.codeissue.api.InvalidInputException}.
 */
@Local
public interface ContactFinding {

  /** Everyone else at the same venue within the window of the case's visits in the look-back. */
  ContactReport closeContacts(
      StaffScope officer,
      String clientAddress,
      CitizenId caseCitizen,
      Duration lookBack,
      Duration window);

  /** Companions of the given close contacts, leaving out those and {@code excluded}. */
  ContactReport secondaryContacts(
      StaffScope officer,
      String clientAddress,
      Collection<CitizenId> closeContacts,
      Collection<CitizenId> excluded,
      Duration lookBack,
      Duration window);
}
