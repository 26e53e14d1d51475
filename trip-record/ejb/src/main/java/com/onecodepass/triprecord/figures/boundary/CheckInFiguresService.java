package com.onecodepass.triprecord.figures.boundary;

import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.triprecord.api.figures.CheckInFigures;
import com.onecodepass.triprecord.api.figures.HourCount;
import com.onecodepass.triprecord.figures.control.HourlyCheckInRollup;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The hourly check-in aggregate. The roll-up runs every minute on every node; the ledger row lock
 * lets one of them work and the others return at once (they see a run finished within 45 s). The
 * reads go through JPA so the statement statistics the tests watch see them.
 */
@Stateless
public class CheckInFiguresService implements CheckInFigures {

  private static final Logger LOG = Logger.getLogger(CheckInFiguresService.class.getName());

  /** Most check-ins counted per run: a backlog (after downtime) is worked off over runs. */
  private static final long BATCH = 1_000_000;

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "check-in roll-up")
  void everyMinute() {
    long counted = roll(true);
    if (counted > 0) {
      LOG.fine(() -> "check-in roll-up counted " + counted);
    }
  }

  @Override
  public long rollUp() {
    return roll(false);
  }

  private long roll(boolean onlyIfDue) {
    try (Connection c = dataSource.getConnection()) {
      return new HourlyCheckInRollup().run(c, Instant.now(), BATCH, onlyIfDue);
    } catch (SQLException e) {
      throw new IllegalStateException("check-in roll-up failed", e);
    }
  }

  @Override
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

  @Override
  public Optional<Instant> asOf() {
    List<?> at =
        em.createNativeQuery("SELECT rolled_at_ms FROM check_in_rollup WHERE name = 'check_in'")
            .getResultList();
    return at.isEmpty() || at.get(0) == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(((Number) at.get(0)).longValue()));
  }

  @Override
  public long hourlyDrift() {
    Object drift =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(ABS(counted - recounted)), 0) FROM check_in_hourly_drift")
            .getSingleResult();
    return ((Number) drift).longValue();
  }
}
