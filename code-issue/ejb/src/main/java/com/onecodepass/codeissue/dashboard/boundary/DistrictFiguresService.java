package com.onecodepass.codeissue.dashboard.boundary;

import com.onecodepass.codeissue.api.district.DistrictFigures;
import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.codeissue.dashboard.control.DistrictFigureReads;
import com.onecodepass.codeissue.dashboard.control.DistrictRollup;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Dashboard figures from code-issue's aggregate tables. The roll-up timer fires every minute on
 * every node; the ledger row lock lets one node work and the others return.
 */
@Stateless
public class DistrictFiguresService implements DistrictFigures {

  private static final long BATCH = 1_000_000;

  /**
   * How often the people-by-colour counters are reconciled with a recount (reported, not
   * overwritten; on H2 the recount is the count): {@code ocp.dashboard.recount.minutes}, 60.
   */
  private static final long RECOUNT_MINUTES = Long.getLong("ocp.dashboard.recount.minutes", 60);

  @Inject DistrictFigureReads reads;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "district figures roll-up")
  void everyMinute() {
    roll(true);
  }

  @Override
  public void rollUp() {
    roll(false);
  }

  private void roll(boolean onlyIfDue) {
    try (Connection c = dataSource.getConnection()) {
      new DistrictRollup().run(c, Instant.now(), BATCH, RECOUNT_MINUTES, onlyIfDue);
    } catch (SQLException e) {
      throw new IllegalStateException("district figures roll-up failed", e);
    }
  }

  @Override
  public DistrictSnapshot snapshot(String districtCode, Instant now) {
    return reads.snapshot(districtCode, now);
  }

  @Override
  public long colourCountDrift() {
    return reads.colourCountDrift();
  }
}
