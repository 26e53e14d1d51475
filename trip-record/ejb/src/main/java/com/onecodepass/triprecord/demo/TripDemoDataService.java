package com.onecodepass.triprecord.demo;

import com.onecodepass.triprecord.api.demo.TripDemoData;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.checkin.control.HourlyCheckInCounts;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * About 50 venues (4 per district) and a fortnight of daytime check-ins for the demo; the demo
 * operator runs 雁塔区's four, and each metro station has the gate id {@code metro-<district>}.
 */
@Stateless
public class TripDemoDataService implements TripDemoData {

  private static final String[][] DISTRICTS = {
    {"610102", "新城区"}, {"610103", "碑林区"}, {"610104", "莲湖区"}, {"610111", "灞桥区"},
    {"610112", "未央区"}, {"610113", "雁塔区"}, {"610114", "阎良区"}, {"610115", "临潼区"},
    {"610116", "长安区"}, {"610117", "高陵区"}, {"610118", "鄠邑区"}, {"610122", "蓝田县"},
    {"610124", "周至县"}
  };
  private static final Object[][] KINDS = {
    {VenueCategory.SUPERMARKET, "%s华润万家超市"},
    {VenueCategory.RESTAURANT, "%s老孙家泡馍馆"},
    {VenueCategory.TRANSIT_STATION, "%s地铁站"},
    {VenueCategory.RESIDENTIAL_GATE, "%s幸福里小区东门"}
  };

  static final String DEMO_DISTRICT = "610113";
  static final String DEMO_OPERATOR = "venue";

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(List<Long> citizenIds) {
    Long venues = em.createQuery("select count(v) from Venue v", Long.class).getSingleResult();
    if (venues > 0 || citizenIds.isEmpty()) {
      return;
    }
    Random random = new Random(20211220L);
    Instant now = Instant.now();
    List<Venue> created = new ArrayList<>();
    for (String[] district : DISTRICTS) {
      for (Object[] kind : KINDS) {
        Venue venue =
            new Venue(
                publicCode(),
                String.format((String) kind[1], district[1]),
                (VenueCategory) kind[0],
                district[1] + "示范路" + (1 + random.nextInt(300)) + "号",
                district[0],
                null,
                now.minus(Duration.ofDays(60)));
        // 雁塔区's venues belong to the demo operator "venue"; metro stations take transit rides.
        venue.runBy(
            DEMO_DISTRICT.equals(district[0]) ? DEMO_OPERATOR : null,
            kind[0] == VenueCategory.TRANSIT_STATION ? "metro-" + district[0] : null);
        em.persist(venue);
        created.add(venue);
      }
    }
    demoRiskArea(created, now);
    Instant today = now.truncatedTo(ChronoUnit.DAYS);
    List<CheckIn> visits = new ArrayList<>();
    for (long citizenId : citizenIds) {
      int count = 2 + random.nextInt(6);
      for (int v = 0; v < count; v++) {
        Venue venue = created.get(random.nextInt(created.size()));
        Instant at =
            today
                .minus(Duration.ofDays(random.nextInt(14)))
                .plus(Duration.ofMinutes(7 * 60 + random.nextInt(14 * 60)));
        if (at.isAfter(now)) {
          at = at.minus(Duration.ofDays(1));
        }
        CheckIn row =
            new CheckIn("demo-" + citizenId + "-" + v, citizenId, venue.id(), at, "GREEN");
        visits.add(row);
      }
    }
    // Stored in time order, as live check-ins are: the hourly counters' reconciliation recounts
    // by id from the first id of its window, so rows stored out of order would read as drift.
    visits.sort(java.util.Comparator.comparing(CheckIn::checkedInAt));
    visits.forEach(em::persist);
    HourlyCheckInCounts.add(em, visits);
  }

  /**
   * A draft high-risk area over 雁塔区's residential gate, for the officer to preview and publish in
   * the demo; as a draft it colours nobody, so the demo citizens keep their colours.
   */
  private void demoRiskArea(List<Venue> created, Instant now) {
    created.stream()
        .filter(v -> DEMO_DISTRICT.equals(v.districtCode()) && v.name().contains("小区"))
        .findFirst()
        .ifPresent(
            gate ->
                em.persist(
                    new RiskArea(
                        "雁塔区幸福里小区",
                        RiskAreaLevel.HIGH,
                        RiskAreaKind.VENUES,
                        DEMO_DISTRICT,
                        null,
                        List.of(gate.id()),
                        now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS),
                        now.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS),
                        "yanta",
                        now)));
  }

  private static String publicCode() {
    byte[] bytes = new byte[8];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
