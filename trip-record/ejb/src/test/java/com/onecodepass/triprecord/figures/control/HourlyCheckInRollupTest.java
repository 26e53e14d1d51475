package com.onecodepass.triprecord.figures.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.HourWindows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation against an in-memory database (MySQL mode, as the demo runs): rows stored with
 * their counters are never drift, however late or back-dated they arrive, and rows or counters that
 * do not match are reported, in the table at once and in the log once they persist.
 */
class HourlyCheckInRollupTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:30:00Z");
  private static final String DISTRICT = "610113";

  private Connection db;
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void schema() throws SQLException {
    db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE venue (id BIGINT PRIMARY KEY, district_code VARCHAR(6))");
      s.execute("INSERT INTO venue VALUES (1, '" + DISTRICT + "'), (2, '610102')");
      s.execute(
          "CREATE TABLE check_in (id BIGINT AUTO_INCREMENT PRIMARY KEY, venue_id BIGINT,"
              + " checked_in_at TIMESTAMP)");
      for (String t : List.of("check_in_hourly", "check_in_hourly_check")) {
        s.execute(
            "CREATE TABLE "
                + t
                + " (district_code VARCHAR(6), epoch_hour BIGINT, check_ins BIGINT,"
                + " PRIMARY KEY (district_code, epoch_hour))");
      }
      s.execute(
          "CREATE TABLE check_in_hourly_drift (district_code VARCHAR(6), epoch_hour BIGINT,"
              + " counted BIGINT, recounted BIGINT, PRIMARY KEY (district_code, epoch_hour))");
      s.execute(
          "CREATE TABLE check_in_rollup (name VARCHAR(30) PRIMARY KEY, done_id BIGINT,"
              + " seen_max_id BIGINT, rolled_at_ms BIGINT)");
      s.execute("INSERT INTO check_in_rollup VALUES ('check_in', 0, 0, NULL)");
    }
    Logger.getLogger(HourlyCheckInRollup.class.getName()).addHandler(capture);
  }

  @AfterEach
  void close() throws SQLException {
    Logger.getLogger(HourlyCheckInRollup.class.getName()).removeHandler(capture);
    db.close();
  }

  @Test
  void aFreshInstallationWithCountedRowsFindsNoDrift() throws SQLException {
    for (int h = 3; h < 20; h++) {
      checkIn(1, NOW.minus(Duration.ofHours(h)), true);
      checkIn(2, NOW.minus(Duration.ofHours(h)), true);
    }

    // The first run counts nothing yet (its window opens here); the rows are compared directly.
    assertThat(run(1_000)).isZero();
    assertThat(drift()).isEmpty();
    assertThat(run(1_000)).isEqualTo(34);
    assertThat(drift()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aBackDatedUploadStoredWithItsCountersIsNotDrift() throws SQLException {
    checkIn(1, NOW.minus(Duration.ofHours(5)), true);
    run(1_000);
    run(1_000);
    // An offline device uploads yesterday's scans just after a run: the counters have them at
    // once, the check table only a run or two later.
    for (int i = 0; i < 3; i++) {
      checkIn(1, NOW.minus(Duration.ofHours(4)), true);
    }

    run(1_000);
    assertThat(drift()).isEmpty();
    run(1_000);
    assertThat(drift()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRowStoredWithoutItsCountersIsReportedAndWarnedOfOnceItPersists() throws SQLException {
    checkIn(1, NOW.minus(Duration.ofHours(6)), true);
    run(1_000);
    Instant lost = NOW.minus(Duration.ofHours(3));
    checkIn(2, lost, false);

    run(1_000);
    assertThat(drift()).containsExactly("610102/" + HourWindows.epochHour(lost) + ": 0 vs 1");
    assertThat(warnings).isEmpty();
    run(1_000);
    assertThat(drift()).containsExactly("610102/" + HourWindows.epochHour(lost) + ": 0 vs 1");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getMessage()).contains("DRIFT");
  }

  @Test
  void aDriftThatGrowsEveryRunIsStillWarnedOf() throws SQLException {
    Instant at = NOW.minus(Duration.ofHours(4));
    checkIn(1, at, true);
    run(1_000);

    for (int minute = 1; minute <= 3; minute++) {
      checkIn(1, at, false); // a path that stores rows without their counters, every minute
      run(1_000);
      assertThat(drift())
          .containsExactly(DISTRICT + "/" + HourWindows.epochHour(at) + ": 1 vs " + (1 + minute));
    }
    assertThat(warnings).hasSize(2);
  }

  @Test
  void aCounterWithoutItsRowIsReported() throws SQLException {
    Instant at = NOW.minus(Duration.ofHours(10));
    checkIn(1, at, true);
    run(1_000);
    run(1_000);
    count(1, at);

    run(1_000);
    assertThat(drift()).containsExactly(DISTRICT + "/" + HourWindows.epochHour(at) + ": 2 vs 1");
  }

  @Test
  void hoursNotYetSettledAreNotCompared() throws SQLException {
    checkIn(1, NOW.minus(Duration.ofMinutes(30)), false);

    run(1_000);
    run(1_000);
    assertThat(drift()).isEmpty();
  }

  @Test
  void aBacklogIsWorkedOffInBatchesAndComparedOnceCaughtUp() throws SQLException {
    for (int i = 0; i < 50; i++) {
      checkIn(1, NOW.minus(Duration.ofMinutes(200 + 10 * i)), true);
    }
    checkIn(2, NOW.minus(Duration.ofHours(5)), false);

    run(10); // the window opens; 51 rows waiting, more than a batch: no comparison yet
    assertThat(drift()).isEmpty();
    long counted = 0;
    for (int i = 0; i < 10; i++) {
      counted += run(10);
    }
    assertThat(counted).isEqualTo(51);
    assertThat(drift())
        .containsExactly(
            "610102/" + HourWindows.epochHour(NOW.minus(Duration.ofHours(5))) + ": 0 vs 1");
  }

  private long run(long batch) throws SQLException {
    return new HourlyCheckInRollup().run(db, NOW, batch, false);
  }

  private void checkIn(long venue, Instant at, boolean counted) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO check_in (venue_id, checked_in_at) VALUES (?, ?)")) {
      insert.setLong(1, venue);
      insert.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
    if (counted) {
      count(venue, at);
    }
  }

  /** What the writer does in the row's transaction (HourlyCheckInCounts). */
  private void count(long venue, Instant at) throws SQLException {
    try (PreparedStatement upsert =
        db.prepareStatement(
            "INSERT INTO check_in_hourly (district_code, epoch_hour, check_ins) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE check_ins = check_ins + 1")) {
      upsert.setString(1, venue == 1 ? DISTRICT : "610102");
      upsert.setLong(2, HourWindows.epochHour(at));
      upsert.executeUpdate();
    }
  }

  private List<String> drift() throws SQLException {
    List<String> drift = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT district_code, epoch_hour, counted, recounted FROM check_in_hourly_drift"
                    + " ORDER BY district_code, epoch_hour")) {
      while (rs.next()) {
        drift.add(
            rs.getString(1) + "/" + rs.getLong(2) + ": " + rs.getLong(3) + " vs " + rs.getLong(4));
      }
    }
    return drift;
  }
}
