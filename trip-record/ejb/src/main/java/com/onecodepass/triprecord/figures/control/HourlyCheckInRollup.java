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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The reconciliation of {@code check_in_hourly}, which the writer keeps exact (CheckInWriter, in
 * each group's transaction). It counts the check-ins with ids in the next {@link RollupWindow} step
 * into {@code check_in_hourly_check} — one range read on the primary key joined to the (small)
 * venue table, grouped in the database; at peak (~5,500 check-ins/s) ~330,000 rows a minute — and
 * compares the two for the complete hours of the last day ({@link #SETTLED} old at least). The
 * check table lags the counters by design (the window counts an id a run after it was seen), so the
 * comparison adds the rows not yet recounted, read directly; it is skipped while that tail is
 * longer than a batch (a fresh installation, a backlog). Differences are <em>reported</em> in
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

  private static final Comparator<HourKey> BY_DISTRICT_AND_HOUR =
      Comparator.comparing(HourKey::district).thenComparingLong(HourKey::epochHour);

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
    long maxId = RollupLedger.maxId(c, "check_in");
    RollupWindow.Step step = window.step(maxId, batchLimit);
    long counted = 0;
    if (!step.isEmpty()) {
      Map<HourKey, Long> tally = tally(c, step.fromExclusive(), step.toInclusive());
      addToCheckTable(c, tally);
      counted = tally.values().stream().mapToLong(Long::longValue).sum();
    }
    ledger.save(c, NAME, step.next(), now);
    if (maxId - step.toInclusive() <= batchLimit) {
      compare(c, now, step.toInclusive());
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

  /** A district's hour. */
  record HourKey(String district, long epochHour) {}

  /**
   * Replaces {@code check_in_hourly_drift} with the settled hours of the last day where the
   * counters differ from the recount (the check table plus the ids after {@code recountedUpTo}).
   * The counters are read before the tail's upper bound, so every row they count is in the tail or
   * the check table; a back-dated upload committing between the two reads can still show once, so
   * the log warns only of an hour the previous comparison found different too.
   */
  private static void compare(Connection c, Instant now, long recountedUpTo) throws SQLException {
    long to = HourWindows.epochHour(now.minus(SETTLED)); // exclusive: that hour may be in flight
    long from = to - 24;
    Map<HourKey, Long> counted = hours(c, "check_in_hourly", from, to);
    Map<HourKey, Long> recounted = hours(c, "check_in_hourly_check", from, to);
    tally(c, recountedUpTo, RollupLedger.maxId(c, "check_in"))
        .forEach(
            (key, n) -> {
              if (key.epochHour() >= from && key.epochHour() < to) {
                recounted.merge(key, n, Long::sum);
              }
            });
    Map<HourKey, long[]> drift = new TreeMap<>(BY_DISTRICT_AND_HOUR);
    Set<HourKey> keys = new HashSet<>(counted.keySet());
    keys.addAll(recounted.keySet());
    for (HourKey key : keys) {
      long a = counted.getOrDefault(key, 0L);
      long b = recounted.getOrDefault(key, 0L);
      if (a != b) {
        drift.put(key, new long[] {a, b});
      }
    }
    Set<HourKey> before = previousDrift(c);
    try (PreparedStatement clear = c.prepareStatement("DELETE FROM check_in_hourly_drift");
        PreparedStatement add =
            c.prepareStatement(
                "INSERT INTO check_in_hourly_drift (district_code, epoch_hour, counted, recounted)"
                    + " VALUES (?, ?, ?, ?)")) {
      clear.executeUpdate();
      for (var d : drift.entrySet()) {
        add.setString(1, d.getKey().district());
        add.setLong(2, d.getKey().epochHour());
        add.setLong(3, d.getValue()[0]);
        add.setLong(4, d.getValue()[1]);
        add.addBatch();
      }
      if (!drift.isEmpty()) {
        add.executeBatch();
      }
    }
    List<List<Object>> persisting =
        drift.entrySet().stream()
            .filter(d -> before.contains(d.getKey()))
            .map(
                d ->
                    List.<Object>of(
                        d.getKey().district(),
                        d.getKey().epochHour(),
                        d.getValue()[0],
                        d.getValue()[1]))
            .toList();
    if (!persisting.isEmpty()) {
      LOG.warning(
          () ->
              "check-in counters DRIFT from a recount (not corrected), district/hour/counted/"
                  + "recounted: "
                  + persisting);
    }
  }

  private static Map<HourKey, Long> hours(Connection c, String table, long from, long to)
      throws SQLException {
    Map<HourKey, Long> hours = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT district_code, epoch_hour, check_ins FROM "
                + table
                + " WHERE epoch_hour >= ? AND epoch_hour < ?")) {
      q.setLong(1, from);
      q.setLong(2, to);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          hours.merge(new HourKey(rs.getString(1), rs.getLong(2)), rs.getLong(3), Long::sum);
        }
      }
    }
    return hours;
  }

  private static Set<HourKey> previousDrift(Connection c) throws SQLException {
    Set<HourKey> drift = new HashSet<>();
    try (PreparedStatement q =
            c.prepareStatement("SELECT district_code, epoch_hour FROM check_in_hourly_drift");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        drift.add(new HourKey(rs.getString(1), rs.getLong(2)));
      }
    }
    return drift;
  }

  /** The check-ins with ids in {@code (fromExclusive, toInclusive]} per venue district and hour. */
  private static Map<HourKey, Long> tally(Connection c, long fromExclusive, long toInclusive)
      throws SQLException {
    Map<HourKey, Long> tally = new HashMap<>();
    if (toInclusive <= fromExclusive) {
      return tally;
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT v.district_code, CAST(ci.checked_in_at AS DATE),"
                + " EXTRACT(HOUR FROM ci.checked_in_at), COUNT(*)"
                + " FROM check_in ci JOIN venue v ON v.id = ci.venue_id"
                + " WHERE ci.id > ? AND ci.id <= ?"
                + " GROUP BY v.district_code, CAST(ci.checked_in_at AS DATE),"
                + " EXTRACT(HOUR FROM ci.checked_in_at)")) {
      select.setLong(1, fromExclusive);
      select.setLong(2, toInclusive);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getObject(2, LocalDate.class);
          tally.merge(
              new HourKey(rs.getString(1), HourWindows.epochHour(day, rs.getInt(3))),
              rs.getLong(4),
              Long::sum);
        }
      }
    }
    return tally;
  }

  private static void addToCheckTable(Connection c, Map<HourKey, Long> tally) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO check_in_hourly_check (district_code, epoch_hour, check_ins)"
                + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE check_ins = check_ins + ?")) {
      for (var e : tally.entrySet()) {
        upsert.setString(1, e.getKey().district());
        upsert.setLong(2, e.getKey().epochHour());
        upsert.setLong(3, e.getValue());
        upsert.setLong(4, e.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }
}
