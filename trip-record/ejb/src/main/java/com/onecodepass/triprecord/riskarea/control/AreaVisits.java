package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The venues an area covers and who visited them in a period. Venues are read by district (an
 * index) and matched in Java by {@link AreaMatcher}, the one definition of matching; visits are
 * read by the covering (venue, time, citizen) index, a few hundred venues per statement. Transit
 * rides are check-ins at station and vehicle venues, so they are covered the same way.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AreaVisits {

  private static final int VENUE_CHUNK = 500;

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  public List<Long> venues(RiskArea area) {
    List<Long> ids = new ArrayList<>();
    for (Object[] v :
        em.createQuery(
                "select v.id, v.districtCode, v.address, v.community from Venue v"
                    + " where v.districtCode = :d",
                Object[].class)
            .setParameter("d", area.districtCode())
            .getResultList()) {
      var facts =
          new AreaMatcher.VenueFacts((Long) v[0], (String) v[1], (String) v[2], (String) v[3]);
      if (AreaMatcher.matches(
          area.kind(), area.districtCode(), area.place(), area.venueIds(), facts)) {
        ids.add(facts.id());
      }
    }
    return ids;
  }

  /** Each visitor's first check-in at these venues between {@code from} and {@code to}. */
  public Map<Long, Instant> firstVisits(List<Long> venueIds, Instant from, Instant to) {
    Map<Long, Instant> first = new HashMap<>();
    if (to.isBefore(from)) {
      return first;
    }
    for (int i = 0; i < venueIds.size(); i += VENUE_CHUNK) {
      for (Object[] row :
          em.createQuery(
                  "select c.citizenId, min(c.checkedInAt) from CheckIn c where c.venueId in :v"
                      + " and c.checkedInAt >= :from and c.checkedInAt <= :to"
                      + " and c.checkInDay between :fromDay and :toDay group by c.citizenId",
                  Object[].class)
              .setParameter("v", venueIds.subList(i, Math.min(venueIds.size(), i + VENUE_CHUNK)))
              .setParameter("from", from)
              .setParameter("to", to)
              .setParameter("fromDay", CheckIn.dayOf(from))
              .setParameter("toDay", CheckIn.dayOf(to))
              .getResultList()) {
        first.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return first;
  }
}
