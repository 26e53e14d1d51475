package com.onecodepass.triprecord.tracing.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.Exposure;
import com.onecodepass.triprecord.api.Tracing;
import com.onecodepass.triprecord.api.TracingReport;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.platform.TripSettings;
import com.onecodepass.triprecord.tracing.control.CompanionFinder;
import com.onecodepass.triprecord.tracing.control.TracingGate;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Read-only tracing queries, each admitted by the {@link TracingGate} before anything is read; see
 * {@link CompanionFinder} for how they stay on the indexes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TracingService implements Tracing {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB CompanionFinder finder;
  @EJB TracingGate gate;

  @Override
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

  @Override
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

  @Override
  public List<Exposure> venueExposure(
      StaffScope who, String clientAddress, long venueId, Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("from", "tracing.period", "no period or it ends first");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(Tracing.MAX_DAYS)) > 0) {
      throw new InvalidInputException("from", "tracing.days", "period too long");
    }
    gate.venue(who, clientAddress, venueId, "tracing.exposure");
    return em.createQuery(
            "select c.citizenId, c.checkedInAt, c.colourAtCheckIn from CheckIn c"
                + " where c.venueId = :v and c.checkedInAt between :from and :to"
                + " and c.checkInDay between :fromDay and :toDay order by c.checkedInAt",
            Object[].class)
        .setParameter("v", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("fromDay", CheckIn.dayOf(from))
        .setParameter("toDay", CheckIn.dayOf(to))
        .getResultStream()
        .map(r -> new Exposure((Long) r[0], (Instant) r[1], (String) r[2]))
        .toList();
  }
}
