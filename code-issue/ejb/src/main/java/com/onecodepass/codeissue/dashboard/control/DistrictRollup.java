package com.onecodepass.codeissue.dashboard.control;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of code-issue's dashboard roll-up, in the caller's transaction.
 *
 * <ul>
 *   <li>Colour changes and test results: only the rows added since the watermark (a primary-key
 *       range), each joined to its citizen by primary key for the district.
 *   <li>People by colour: kept exact by triggers on {@code citizen} (migration V15), so the
 *       dashboard never recounts. Every {@code recountMinutes} the roll-up recounts the covering
 *       {@code (district_code, colour)} index and the counters in one statement (one read view, so
 *       a change in flight is in both or neither) and <em>reports</em> any difference in {@code
 *       colour_count_drift} and the log; it does not overwrite, since a difference is a bug to
 *       find, not noise. The recount reads 27.8 M index entries in production (≈ 1 min, see
 *       docs/PERFORMANCE.md): run it rarely or against a replica. On H2 (demo, no triggers) the
 *       recount still replaces the counters.
 *   <li>Open appeals: a count over the {@code (status, district_code)} index, open rows only.
 * </ul>
 */
public class DistrictRollup {

  static final String LEDGER = "dash_rollup";

  /** Hourly rows kept: dashboards need three days and "today". */
  static final Duration KEEP = Duration.ofDays(8);

  private static final int LOOKUP_CHUNK = 500;

  private final RollupLedger ledger = new RollupLedger(LEDGER);

  public void run(
      Connection c, Instant now, long batchLimit, long recountMinutes, boolean onlyIfDue)
      throws SQLException {
    // Locked first, always: this row is the cluster-wide mutex of the whole run.
    RollupLedger.Entry changes = ledger.lock(c, "colour_change");
    if (onlyIfDue && changes.ranWithin(45, now)) {
      return;
    }
    long oldestKept = HourWindows.epochHour(now.minus(KEEP));
    RollupWindow.Step changeStep =
        step(c, changes.window(), "colour_change", "changed_at", now, batchLimit);
    if (!changeStep.isEmpty()) {
      countColourChanges(c, changeStep);
    }
    ledger.save(c, "colour_change", changeStep.next(), now);

    RollupLedger.Entry tests = ledger.lock(c, "test_result");
    RollupWindow.Step testStep =
        step(c, tests.window(), "test_result", "result_time", now, batchLimit);
    if (!testStep.isEmpty()) {
      countTests(c, testStep, oldestKept);
    }
    ledger.save(c, "test_result", testStep.next(), now);

    RollupLedger.Entry recount = ledger.lock(c, "colour_count");
    if (!ColourCounters.keptByTriggers(c)) {
      recountColours(c); // H2, the demo: a few hundred people, recounted each run
    } else if (!onlyIfDue || !recount.ranWithin(recountMinutes * 60 - 30, now)) {
      ColourCounters.reconcile(c);
      ledger.save(c, "colour_count", recount.window(), now);
    }
    recountOpenAppeals(c);
    for (String table : List.of("dash_colour_change_hourly", "dash_test_hourly")) {
      try (PreparedStatement prune =
          c.prepareStatement("DELETE FROM " + table + " WHERE epoch_hour < ?")) {
        prune.setLong(1, oldestKept);
        prune.executeUpdate();
      }
    }
  }

  private static RollupWindow.Step step(
      Connection c, RollupWindow window, String table, String timeColumn, Instant now, long limit)
      throws SQLException {
    RollupWindow w = window;
    if (w.doneId() == 0 && w.seenMaxId() == 0) {
      w =
          new RollupWindow(
              RollupLedger.firstIdAtOrAfter(c, table, timeColumn, now.minus(KEEP)) - 1, 0);
    }
    return w.step(RollupLedger.maxId(c, table), limit);
  }

  private static void countColourChanges(Connection c, RollupWindow.Step step) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT ci.district_code, CAST(cc.changed_at AS DATE),"
                    + " EXTRACT(HOUR FROM cc.changed_at), cc.from_colour, cc.to_colour, COUNT(*)"
                    + " FROM colour_change cc JOIN citizen ci ON ci.id = cc.citizen_id"
                    + " WHERE cc.id > ? AND cc.id <= ?"
                    + " GROUP BY ci.district_code, CAST(cc.changed_at AS DATE),"
                    + " EXTRACT(HOUR FROM cc.changed_at), cc.from_colour, cc.to_colour");
        PreparedStatement upsert =
            c.prepareStatement(
                "INSERT INTO dash_colour_change_hourly"
                    + " (district_code, epoch_hour, colour, entered, exited) VALUES (?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE entered = entered + ?, exited = exited + ?")) {
      select.setLong(1, step.fromExclusive());
      select.setLong(2, step.toInclusive());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String district = rs.getString(1);
          long hour = HourWindows.epochHour(rs.getObject(2, LocalDate.class), rs.getInt(3));
          String from = rs.getString(4);
          String to = rs.getString(5);
          long n = rs.getLong(6);
          changeRow(upsert, district, hour, to, n, 0);
          if (from != null) {
            changeRow(upsert, district, hour, from, 0, n);
          }
        }
      }
      upsert.executeBatch();
    }
  }

  private static void changeRow(
      PreparedStatement upsert, String district, long hour, String colour, long in, long out)
      throws SQLException {
    upsert.setString(1, district);
    upsert.setLong(2, hour);
    upsert.setString(3, colour);
    upsert.setLong(4, in);
    upsert.setLong(5, out);
    upsert.setLong(6, in);
    upsert.setLong(7, out);
    upsert.addBatch();
  }

  private static void countTests(Connection c, RollupWindow.Step step, long oldestKept)
      throws SQLException {
    List<TestTally.Sample> batch = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT t.citizen_id, ci.district_code, t.sample_time FROM test_result t"
                + " JOIN citizen ci ON ci.id = t.citizen_id WHERE t.id > ? AND t.id <= ?")) {
      select.setLong(1, step.fromExclusive());
      select.setLong(2, step.toInclusive());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          batch.add(
              new TestTally.Sample(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
    }
    Map<Long, Instant> previous = previousLatest(c, batch, step.fromExclusive());
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO dash_test_hourly (district_code, epoch_hour, tests, people_latest)"
                + " VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE tests = tests + ?, people_latest = people_latest + ?")) {
      for (var e : TestTally.tally(batch, previous, oldestKept).entrySet()) {
        upsert.setString(1, e.getKey().districtCode());
        upsert.setLong(2, e.getKey().epochHour());
        upsert.setLong(3, e.getValue().tests());
        upsert.setLong(4, e.getValue().people());
        upsert.setLong(5, e.getValue().tests());
        upsert.setLong(6, e.getValue().people());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /**
   * Each person's latest sample among the results counted before: index-only reads of the
   * (citizen_id, sample_time) index, whose entries carry the id.
   */
  private static Map<Long, Instant> previousLatest(
      Connection c, List<TestTally.Sample> batch, long countedUpTo) throws SQLException {
    List<Long> people = batch.stream().map(TestTally.Sample::citizenId).distinct().toList();
    Map<Long, Instant> latest = new HashMap<>();
    for (int i = 0; i < people.size(); i += LOOKUP_CHUNK) {
      List<Long> chunk = people.subList(i, Math.min(people.size(), i + LOOKUP_CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT citizen_id, MAX(sample_time) FROM test_result WHERE id <= ? AND citizen_id IN ("
                  + marks
                  + ") GROUP BY citizen_id")) {
        select.setLong(1, countedUpTo);
        for (int j = 0; j < chunk.size(); j++) {
          select.setLong(j + 2, chunk.get(j));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            latest.put(
                rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
          }
        }
      }
    }
    return latest;
  }

  private static void recountColours(Connection c) throws SQLException {
    replace(
        c,
        "SELECT district_code, colour, COUNT(*) FROM citizen GROUP BY district_code, colour",
        "DELETE FROM colour_counter",
        "INSERT INTO colour_counter (district_code, colour, stripe, people) VALUES (?, ?, 0, ?)",
        3);
  }

  private static void recountOpenAppeals(Connection c) throws SQLException {
    replace(
        c,
        "SELECT district_code, COUNT(*) FROM appeal WHERE status = 'OPEN' GROUP BY district_code",
        "DELETE FROM dash_open_appeals",
        "INSERT INTO dash_open_appeals (district_code, open_appeals) VALUES (?, ?)",
        2);
  }

  /** Replaces a small aggregate table with the rows of a grouped count (last column: a long). */
  private static void replace(Connection c, String count, String clear, String insert, int columns)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(count);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns - 1; i++) {
          row[i] = rs.getString(i + 1);
        }
        row[columns - 1] = rs.getLong(columns);
        rows.add(row);
      }
    }
    try (PreparedStatement delete = c.prepareStatement(clear);
        PreparedStatement add = c.prepareStatement(insert)) {
      delete.executeUpdate();
      for (Object[] row : rows) {
        for (int i = 0; i < columns - 1; i++) {
          add.setString(i + 1, (String) row[i]);
        }
        add.setLong(columns, (Long) row[columns - 1]);
        add.addBatch();
      }
      add.executeBatch();
    }
  }
}
