package com.onecodepass.triprecord.venue.control;

import com.onecodepass.triprecord.api.tracing.Exposure;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The check-ins at one venue, read for its visit log and for tracing. Each read also bounds the
 * check-in day, so MariaDB reads only the partitions of the period.
 */
@Dependent
public class VenueVisits {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  public long countSince(long venueId, Instant since) {
    return em.createQuery(
            "select count(c) from CheckIn c where c.venueId = :v and c.checkedInAt >= :t"
                + " and c.checkInDay >= :day",
            Long.class)
        .setParameter("v", venueId)
        .setParameter("t", since)
        .setParameter("day", CheckIn.dayOf(since))
        .getSingleResult();
  }

  /** The latest check-ins, newest first (no day bound: the latest may be days old). */
  public List<CheckIn> latest(long venueId, int max) {
    return em.createQuery(
            "select c from CheckIn c where c.venueId = :v order by c.checkedInAt desc",
            CheckIn.class)
        .setParameter("v", venueId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Who checked in between {@code from} and {@code to}, in order, with the colour they showed. */
  public List<Exposure> between(long venueId, Instant from, Instant to) {
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
