package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.api.checkin.Trip;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** A citizen's own trips, newest first: what "My trips" shows. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TripHistory {

  /** More than anyone visits in the 28 days kept; a page, not the whole table, if ever. */
  static final int MAX_TRIPS = 1000;

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  /** Since {@code since}, naming the days so that MariaDB reads only their partitions. */
  public List<Trip> trips(long citizenId, Instant since) {
    return em.createQuery(
            "select c, v from CheckIn c, Venue v where v.id = c.venueId and c.citizenId = :c"
                + " and c.checkedInAt >= :since and c.checkInDay >= :sinceDay"
                + " order by c.checkedInAt desc",
            Object[].class)
        .setParameter("c", citizenId)
        .setParameter("since", since)
        .setParameter("sinceDay", CheckIn.dayOf(since))
        .setMaxResults(MAX_TRIPS)
        .getResultStream()
        .map(
            row -> {
              CheckIn c = (CheckIn) row[0];
              Venue v = (Venue) row[1];
              return new Trip(
                  c.id(),
                  c.checkedInAt(),
                  v.name(),
                  v.view().category(),
                  v.districtCode(),
                  c.source());
            })
        .toList();
  }
}
