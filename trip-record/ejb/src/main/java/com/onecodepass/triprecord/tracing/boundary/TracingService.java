package com.onecodepass.triprecord.tracing.boundary;

import com.onecodepass.triprecord.api.Exposure;
import com.onecodepass.triprecord.api.Tracing;
import com.onecodepass.triprecord.api.TracingReport;
import com.onecodepass.triprecord.platform.TripSettings;
import com.onecodepass.triprecord.tracing.control.CompanionFinder;
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

/** Read-only tracing queries; see {@link CompanionFinder} for how they stay on the indexes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TracingService implements Tracing {

  static final Duration MAX_LOOK_BACK = Duration.ofDays(60);
  static final Duration MAX_WINDOW = Duration.ofHours(12);

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB CompanionFinder finder;

  @Override
  public TracingReport companions(long caseCitizenId) {
    return companions(caseCitizenId, TripSettings.tracingLookBack(), TripSettings.tracingWindow());
  }

  @Override
  public TracingReport companions(long caseCitizenId, Duration lookBack, Duration window) {
    return trace(List.of(caseCitizenId), Set.of(), lookBack, window);
  }

  @Override
  public TracingReport secondaryContacts(
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window) {
    return trace(List.copyOf(new HashSet<>(closeContacts)), excluded, lookBack, window);
  }

  private TracingReport trace(
      List<Long> sources, Collection<Long> excluded, Duration lookBack, Duration window) {
    Duration back = bounded(lookBack, TripSettings.tracingLookBack(), MAX_LOOK_BACK);
    Duration win = bounded(window, TripSettings.tracingWindow(), MAX_WINDOW);
    Instant to = Instant.now();
    Instant from = to.minus(back);
    Set<Long> skip = new HashSet<>(sources);
    skip.addAll(excluded);
    var visits = finder.visits(sources, from, to);
    return new TracingReport(
        sources, from, to, win, visits.size(), finder.companions(visits, win, skip));
  }

  private static Duration bounded(Duration asked, Duration fallback, Duration max) {
    if (asked == null || asked.isNegative() || asked.isZero()) {
      return fallback;
    }
    return asked.compareTo(max) > 0 ? max : asked;
  }

  @Override
  public List<Exposure> venueExposure(long venueId, Instant from, Instant to) {
    return em.createQuery(
            "select c.citizenId, c.checkedInAt, c.colourAtCheckIn from CheckIn c"
                + " where c.venueId = :v and c.checkedInAt between :from and :to"
                + " order by c.checkedInAt",
            Object[].class)
        .setParameter("v", venueId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(r -> new Exposure((Long) r[0], (Instant) r[1], (String) r[2]))
        .toList();
  }
}
