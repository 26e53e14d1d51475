package com.onecodepass.triprecord.figures.control;

import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.platform.api.RollupLedger;
import com.onecodepass.platform.api.RollupWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reconciliation of {@code check_in_hourly}, which the writer keeps exact (CheckInWriter, in
 * each group's transaction). It counts the check-ins with ids in the next {@link RollupWindow} step
 * into {@code check_in_hourly_check} — one range read on the primary key joined to the (small)
 * venue table, grouped in the database; at peak (~5,500 check-ins/s) ~330,000 rows a minute — and
 * compares the two tables for the complete hours of the last day ({@link #SETTLED} old at least,
 * and only when the step was not cut short by a backlog). Differences are <em>reported</em> in
 * {@code check_in_hourly_drift} and the log, never copied over the counters.
 */
public class HourlyCheckInRollup {

  static final String LEDGER = "check_in_rollup";
  static final String NAME = "check_in";

  /** A fresh installation starts counting this far back rather than from the first id ever. */
  static final Duration START_BACK = Duration.ofDays(8);

  /** Aggregate rows older than this are removed; dashboards show at most three days. */
  static final Duration KEEP = Duration.ofDays(35);

  /** Hours compared: ended at least this long ago (late uploads, the window's own lag). */
  static final Duration SETTLED = Duration.ofHours(2);

  private static final Logger LOG = Logger.getLogger(HourlyCheckInRollup.class.getName());

  private final RollupLedger ledger = new RollupLedger(LEDGER);

  /**
   * @param onlyIfDue skip when another node finished a run in the last 45 s (timer runs)
   * @return how many check-ins were counted
   */
  public long run(Connection c, Instant now, long batchLimit, boolean onlyIfDue)
      throws SQLException {
    RollupLedger.Entry entry = ledger.lock(c, NAME);
    if (onlyIfDue && entry.ranWithin(45, now)) {
      return 0;
    }
    RollupWindow window = entry.window();
    if (window.doneId() == 0 && window.seenMaxId() == 0) {
      window =
          new RollupWindow(
              RollupLedger.firstIdAtOrAfter(c, "check_in", "checked_in_at", now.minus(START_BACK))
                  - 1,
              0);
    }
    RollupWindow.Step step = window.step(RollupLedger.maxId(c, "check_in"), batchLimit);
    long counted = step.isEmpty() ? 0 : count(c, step.fromExclusive(), step.toInclusive());
    ledger.save(c, NAME, step.next(), now);
    if (step.toInclusive() - step.fromExclusive() < batchLimit) {
      compare(c, now);
    }
    for (String table : List.of("check_in_hourly", "check_in_hourly_check")) {
      try (PreparedStatement prune =
          c.prepareStatement("DELETE FROM " + table + " WHERE epoch_hour < ?")) {
        prune.setLong(1, HourWindows.epochHour(now.minus(KEEP)));
        prune.executeUpdate();
      }
    }
    return counted;
  }

  /** Replaces {@code check_in_hourly_drift} with the settled hours of the last day that differ. */
  private static void compare(Connection c, Instant now) throws SQLException {
    long to = HourWindows.epochHour(now.minus(SETTLED)); // exclusive: that hour may be in flight
    long from = to - 24;
    List<Object[]> drift = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT district_code, epoch_hour, SUM(counted), SUM(recounted) FROM ("
                + " SELECT district_code, epoch_hour, check_ins AS counted, 0 AS recounted"
                + " FROM check_in_hourly WHERE epoch_hour >= ? AND epoch_hour < ?"
                + " UNION ALL SELECT district_code, epoch_hour, 0, check_ins"
                + " FROM check_in_hourly_check WHERE epoch_hour >= ? AND epoch_hour < ?) both_sides"
                + " GROUP BY district_code, epoch_hour HAVING SUM(counted) <> SUM(recounted)")) {
      q.setLong(1, from);
      q.setLong(2, to);
      q.setLong(3, from);
      q.setLong(4, to);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          drift.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    try (PreparedStatement clear = c.prepareStatement("DELETE FROM check_in_hourly_drift");
        PreparedStatement add =
            c.prepareStatement(
                "INSERT INTO check_in_hourly_drift (district_code, epoch_hour, counted, recounted)"
                    + " VALUES (?, ?, ?, ?)")) {
      clear.executeUpdate();
      for (Object[] d : drift) {
        add.setString(1, (String) d[0]);
        add.setLong(2, (Long) d[1]);
        add.setLong(3, (Long) d[2]);
        add.setLong(4, (Long) d[3]);
        add.addBatch();
      }
      if (!drift.isEmpty()) {
        add.executeBatch();
        LOG.warning(
            () ->
                "check-in counters DRIFT from a recount (not corrected), district/hour/counted/"
                    + "recounted: "
                    + drift.stream().map(java.util.Arrays::toString).toList());
      }
    }
  }

  private static long count(Connection c, long fromExclusive, long toInclusive)
      throws SQLException {
    long total = 0;
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT v.district_code, CAST(ci.checked_in_at AS DATE),"
                    + " EXTRACT(HOUR FROM ci.checked_in_at), COUNT(*)"
                    + " FROM check_in ci JOIN venue v ON v.id = ci.venue_id"
                    + " WHERE ci.id > ? AND ci.id <= ?"
                    + " GROUP BY v.district_code, CAST(ci.checked_in_at AS DATE),"
                    + " EXTRACT(HOUR FROM ci.checked_in_at)");
        PreparedStatement upsert =
            c.prepareStatement(
                "INSERT INTO check_in_hourly_check (district_code, epoch_hour, check_ins)"
                    + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE check_ins = check_ins + ?")) {
      select.setLong(1, fromExclusive);
      select.setLong(2, toInclusive);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getObject(2, LocalDate.class);
          long n = rs.getLong(4);
          upsert.setString(1, rs.getString(1));
          upsert.setLong(2, HourWindows.epochHour(day, rs.getInt(3)));
          upsert.setLong(3, n);
          upsert.setLong(4, n);
          upsert.addBatch();
          total += n;
        }
      }
      upsert.executeBatch();
    }
    return total;
  }
}
