package com.onecodepass.triprecord.tracing.control;

import com.onecodepass.triprecord.api.tracing.Companion;
import com.onecodepass.triprecord.api.tracing.Overlap;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The tracing core. For each traced person it reads their visits by the (citizen, time) index, and
 * for the visits the venue's check-ins in [t - window, t + window] by the (venue, time) index —
 * visits at one venue whose windows overlap in one read ({@link VisitRanges}): index range scans,
 * never a scan of the table. Pairs are judged by {@link OverlapRule}.
 */
@Stateless
public class CompanionFinder {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB VenueStore venues;

  /** A visit of a traced person. */
  public record Visit(long citizenId, long venueId, Instant at) {}

  public List<Visit> visits(Collection<Long> citizens, Instant from, Instant to) {
    List<Visit> visits = new ArrayList<>();
    for (long citizen : citizens) {
      em.createQuery(
              "select c.venueId, c.checkedInAt from CheckIn c where c.citizenId = :c"
                  + " and c.checkedInAt between :from and :to"
                  + " and c.checkInDay between :fromDay and :toDay order by c.checkedInAt",
              Object[].class)
          .setParameter("c", citizen)
          .setParameter("from", from)
          .setParameter("to", to)
          .setParameter("fromDay", CheckIn.dayOf(from))
          .setParameter("toDay", CheckIn.dayOf(to))
          .getResultStream()
          .forEach(r -> visits.add(new Visit(citizen, (Long) r[0], (Instant) r[1])));
    }
    return visits;
  }

  /**
   * Everyone other than {@code excluded} at the venue of a visit within the window, grouped by
   * person; people with the most overlap minutes first.
   */
  public List<Companion> companions(List<Visit> visits, Duration window, Set<Long> excluded) {
    Map<Long, List<Overlap>> byPerson = new LinkedHashMap<>();
    Set<Long> venueIds = new HashSet<>();
    List<Object[]> found = new ArrayList<>();
    for (VisitRanges range : VisitRanges.of(visits, window)) {
      List<Object[]> rows =
          em.createQuery(
                  "select c.citizenId, c.checkedInAt from CheckIn c where c.venueId = :v"
                      + " and c.checkedInAt between :from and :to"
                      + " and c.checkInDay between :fromDay and :toDay",
                  Object[].class)
              .setParameter("v", range.venueId())
              .setParameter("from", range.from())
              .setParameter("to", range.to())
              .setParameter("fromDay", CheckIn.dayOf(range.from()))
              .setParameter("toDay", CheckIn.dayOf(range.to()))
              .getResultList();
      for (Object[] row : rows) {
        long other = (Long) row[0];
        if (!excluded.contains(other)) {
          Instant otherAt = (Instant) row[1];
          range.visitsHolding(
              otherAt, window, visit -> found.add(new Object[] {visit, other, otherAt}));
          venueIds.add(range.venueId());
        }
      }
    }
    Map<Long, Venue> names = venues.byIds(venueIds);
    for (Object[] f : found) {
      Visit visit = (Visit) f[0];
      long other = (Long) f[1];
      Instant otherAt = (Instant) f[2];
      OptionalLong minutes = OverlapRule.overlapMinutes(visit.at(), otherAt, window);
      if (minutes.isEmpty()) {
        continue; // cannot happen with the query bounds; the rule stays the single judge
      }
      Venue venue = names.get(visit.venueId());
      byPerson
          .computeIfAbsent(other, k -> new ArrayList<>())
          .add(
              new Overlap(
                  visit.venueId(),
                  venue == null ? "" : venue.name(),
                  venue == null ? "" : venue.districtCode(),
                  visit.citizenId(),
                  visit.at(),
                  otherAt,
                  minutes.getAsLong()));
    }
    List<Companion> companions = new ArrayList<>();
    byPerson.forEach(
        (person, overlaps) -> {
          overlaps.sort(
              Comparator.comparing(Overlap::companionAt)
                  .thenComparingLong(Overlap::sourceCitizenId)
                  .thenComparing(Overlap::sourceAt));
          companions.add(new Companion(person, List.copyOf(overlaps)));
        });
    companions.sort(
        Comparator.comparingLong(Companion::totalOverlapMinutes)
            .reversed()
            .thenComparingLong(Companion::citizenId));
    return companions;
  }
}
