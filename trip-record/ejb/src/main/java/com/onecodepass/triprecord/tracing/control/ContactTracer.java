package com.onecodepass.triprecord.tracing.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.tracing.TracingReport;
import com.onecodepass.triprecord.platform.TripSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Person tracing as the officer who asks: the {@link TracingGate} admits (and audits) the traced
 * people first, then the {@link CompanionFinder} reads. Shared by {@code Tracing} (the tracing
 * page) and by {@code ContactFinding} (code-issue's cases), so both refuse and audit alike; it
 * joins the caller's transaction if there is one, as those boundaries do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContactTracer {

  @EJB CompanionFinder finder;
  @EJB TracingGate gate;

  public TracingReport companions(
      StaffScope who,
      String clientAddress,
      long caseCitizenId,
      Duration lookBack,
      Duration window) {
    Duration back = TracingGate.lookBack(lookBack, TripSettings.tracingLookBack());
    Duration win = TracingGate.window(window, TripSettings.tracingWindow());
    gate.people(who, clientAddress, List.of(caseCitizenId), "tracing.companions");
    return trace(List.of(caseCitizenId), Set.of(), back, win);
  }

  public TracingReport secondaryContacts(
      StaffScope who,
      String clientAddress,
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window) {
    Duration back = TracingGate.lookBack(lookBack, TripSettings.tracingLookBack());
    Duration win = TracingGate.window(window, TripSettings.tracingWindow());
    if (closeContacts == null || closeContacts.isEmpty()) {
      throw new InvalidInputException("contacts", "tracing.contacts.invalid", "no contacts");
    }
    List<Long> sources = List.copyOf(new HashSet<>(closeContacts));
    gate.people(who, clientAddress, sources, "tracing.secondary");
    return trace(sources, excluded == null ? Set.of() : excluded, back, win);
  }

  private TracingReport trace(
      List<Long> sources, Collection<Long> excluded, Duration back, Duration win) {
    Instant to = Instant.now();
    Instant from = to.minus(back);
    Set<Long> skip = new HashSet<>(sources);
    skip.addAll(excluded);
    var visits = finder.visits(sources, from, to);
    return new TracingReport(
        sources, from, to, win, visits.size(), finder.companions(visits, win, skip));
  }
}
