package com.onecodepass.triprecord.figures.boundary;

import com.onecodepass.triprecord.api.figures.CheckInFigures;
import com.onecodepass.triprecord.api.figures.HourCount;
import com.onecodepass.triprecord.figures.control.CheckInFigureReads;
import com.onecodepass.triprecord.figures.control.HourlyCheckInRollup;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The hourly check-in aggregate. The roll-up runs every minute on every node; the ledger row lock
 * lets one of them work and the others return at once (they see a run finished within 45 s).
 */
@Stateless
public class CheckInFiguresService implements CheckInFigures {

  private static final Logger LOG = Logger.getLogger(CheckInFiguresService.class.getName());

  /** Most check-ins counted per run: a backlog (after downtime) is worked off over runs. */
  private static final long BATCH = 1_000_000;

  @Inject CheckInFigureReads reads;

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
    return reads.perHour(districtCode, fromHour, toHour);
  }

  @Override
  public Optional<Instant> asOf() {
    return reads.asOf();
  }

  @Override
  public long hourlyDrift() {
    return reads.hourlyDrift();
  }
}
