package com.onecodepass.triprecord.demo;

import com.onecodepass.triprecord.api.demo.OutbreakDemoTrips;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.checkin.control.HourlyCheckInCounts;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The check-ins of the demo outbreak at 雁塔区's demo venues (see {@link OutbreakDemoTrips}). */
@Stateless
public class OutbreakDemoTripsService implements OutbreakDemoTrips {

  private static final String KEY = "demo-outbreak-";

  /** Arrival offsets of the companions, in minutes from the positive person's arrival. */
  private static final int[] OFFSETS = {5, 12, -8, 20};

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean seed(long positive, List<Long> companions, long outsideWindow, long secondary) {
    Long done =
        em.createQuery(
                "select count(c) from CheckIn c where c.idempotencyKey like :key", Long.class)
            .setParameter("key", KEY + "%")
            .getSingleResult();
    Optional<Long> shop = venue(VenueCategory.SUPERMARKET);
    Optional<Long> metro = venue(VenueCategory.TRANSIT_STATION);
    Optional<Long> restaurant = venue(VenueCategory.RESTAURANT);
    if (done > 0 || shop.isEmpty() || metro.isEmpty() || restaurant.isEmpty()) {
      return false;
    }
    // Yesterday early evening, so every visit is well inside a 14-day trace and in the past.
    Instant t = Instant.now().minus(Duration.ofHours(26)).truncatedTo(ChronoUnit.MINUTES);
    visit(positive, shop.get(), t);
    visit(positive, metro.get(), t.plus(Duration.ofHours(1)));
    for (int i = 0; i < companions.size(); i++) {
      boolean last = i == companions.size() - 1;
      Instant at =
          last
              ? t.plus(Duration.ofHours(1).plusMinutes(4))
              : t.plus(Duration.ofMinutes(OFFSETS[i % OFFSETS.length]));
      visit(companions.get(i), last ? metro.get() : shop.get(), at);
    }
    visit(outsideWindow, shop.get(), t.plus(Duration.ofMinutes(50)));
    Instant dinner = t.plus(Duration.ofHours(3));
    visit(companions.get(0), restaurant.get(), dinner);
    visit(secondary, restaurant.get(), dinner.plus(Duration.ofMinutes(10)));
    return true;
  }

  private void visit(long citizenId, long venueId, Instant at) {
    CheckIn row =
        new CheckIn(
            KEY + citizenId + "-" + venueId + "-" + at.getEpochSecond(),
            citizenId,
            venueId,
            at,
            "GREEN");
    em.persist(row);
    // Counted like every stored check-in, or the reconciliation reports the demo as drift.
    HourlyCheckInCounts.add(em, List.of(row));
  }

  private Optional<Long> venue(VenueCategory category) {
    return em.createQuery(
            "select v.id from Venue v where v.districtCode = :d and v.category = :c order by v.id",
            Long.class)
        .setParameter("d", TripDemoDataService.DEMO_DISTRICT)
        .setParameter("c", category)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
