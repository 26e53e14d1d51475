package com.onecodepass.codeissue.dashboard.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.platform.api.HourWindows;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dashboard's figures from code-issue's aggregate tables (filled by {@link
 * DistrictRollup} and the colour counters' triggers), a district's or the city's. Native SQL
 * through JPA, so the statement statistics the tests watch see every read.
 */
@Dependent
public class DistrictFigureReads {

  private static final int[] WINDOWS = {24, 48, 72};

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  public DistrictSnapshot snapshot(String districtCode, Instant now) {
    Map<CodeColour, Long> people =
        byColour(
            query(
                "SELECT colour, SUM(people) FROM colour_counter WHERE 1 = 1 %s GROUP BY colour",
                districtCode));
    Query change =
        query(
            "SELECT colour, SUM(entered) - SUM(exited) FROM dash_colour_change_hourly"
                + " WHERE epoch_hour >= :from %s GROUP BY colour",
            districtCode);
    change.setParameter("from", HourWindows.epochHour(HourWindows.startOfToday(now)));
    Map<CodeColour, Long> changedToday = byColour(change);

    long registered = people.values().stream().mapToLong(Long::longValue).sum();
    Query tests =
        query(
            "SELECT epoch_hour, SUM(tests), SUM(people_latest) FROM dash_test_hourly"
                + " WHERE epoch_hour >= :from %s GROUP BY epoch_hour",
            districtCode);
    tests.setParameter("from", HourWindows.epochHour(HourWindows.firstHourOfLast(72, now)));
    List<?> hourly = tests.getResultList();
    List<DistrictSnapshot.TestWindow> windows = new ArrayList<>();
    for (int hours : WINDOWS) {
      long first = HourWindows.epochHour(HourWindows.firstHourOfLast(hours, now));
      long t = 0;
      long p = 0;
      for (Object row : hourly) {
        Object[] r = (Object[]) row;
        if (((Number) r[0]).longValue() >= first) {
          t += ((Number) r[1]).longValue();
          p += ((Number) r[2]).longValue();
        }
      }
      windows.add(new DistrictSnapshot.TestWindow(hours, t, p, registered));
    }
    Object appeals =
        query("SELECT SUM(open_appeals) FROM dash_open_appeals WHERE 1 = 1 %s", districtCode)
            .getSingleResult();
    // The colour counts are live (triggers); the reconciliation's time is the count check's.
    Object asOf =
        em.createNativeQuery(
                "SELECT MIN(rolled_at_ms) FROM dash_rollup WHERE name <> 'colour_count'")
            .getSingleResult();
    Object checkedAt =
        em.createNativeQuery("SELECT rolled_at_ms FROM dash_rollup WHERE name = 'colour_count'")
            .getSingleResult();
    return new DistrictSnapshot(
        districtCode,
        people,
        changedToday,
        windows,
        appeals == null ? 0 : ((Number) appeals).longValue(),
        asOf == null ? null : Instant.ofEpochMilli(((Number) asOf).longValue()),
        checkedAt == null
            ? null
            : new DistrictSnapshot.CountCheck(
                Instant.ofEpochMilli(((Number) checkedAt).longValue()), colourCountDrift()));
  }

  public long colourCountDrift() {
    Object drift =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(ABS(counted - recounted)), 0) FROM colour_count_drift")
            .getSingleResult();
    return ((Number) drift).longValue();
  }

  /** A native query with {@code %s} replaced by the district filter (:district) when given. */
  private Query query(String sql, String districtCode) {
    Query q =
        em.createNativeQuery(
            String.format(sql, districtCode == null ? "" : "AND district_code = :district"));
    if (districtCode != null) {
      q.setParameter("district", districtCode);
    }
    return q;
  }

  private static Map<CodeColour, Long> byColour(Query q) {
    Map<CodeColour, Long> counts = new EnumMap<>(CodeColour.class);
    for (CodeColour c : CodeColour.values()) {
      counts.put(c, 0L);
    }
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(CodeColour.valueOf((String) r[0]), ((Number) r[1]).longValue());
    }
    return counts;
  }
}
