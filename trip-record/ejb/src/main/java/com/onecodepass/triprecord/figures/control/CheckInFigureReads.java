package com.onecodepass.triprecord.figures.control;

import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.triprecord.api.figures.HourCount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the hourly check-in aggregate that {@link HourlyCheckInRollup} fills. Native SQL through
 * JPA, so the statement statistics the tests watch see every read.
 */
@Dependent
public class CheckInFigureReads {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  public List<HourCount> perHour(String districtCode, Instant fromHour, Instant toHour) {
    long from = HourWindows.epochHour(fromHour);
    long to = HourWindows.epochHour(toHour);
    Query q =
        em.createNativeQuery(
            "SELECT epoch_hour, SUM(check_ins) FROM check_in_hourly"
                + " WHERE epoch_hour BETWEEN :from AND :to"
                + (districtCode == null ? "" : " AND district_code = :district")
                + " GROUP BY epoch_hour");
    q.setParameter("from", from).setParameter("to", to);
    if (districtCode != null) {
      q.setParameter("district", districtCode);
    }
    Map<Long, Long> counts = new HashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    List<HourCount> hours = new ArrayList<>();
    for (long h = from; h <= to; h++) {
      hours.add(new HourCount(HourWindows.startOf(h), counts.getOrDefault(h, 0L)));
    }
    return hours;
  }

  public Optional<Instant> asOf() {
    List<?> at =
        em.createNativeQuery("SELECT rolled_at_ms FROM check_in_rollup WHERE name = 'check_in'")
            .getResultList();
    return at.isEmpty() || at.get(0) == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(((Number) at.get(0)).longValue()));
  }

  public long hourlyDrift() {
    Object drift =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(ABS(counted - recounted)), 0) FROM check_in_hourly_drift")
            .getSingleResult();
    return ((Number) drift).longValue();
  }
}
