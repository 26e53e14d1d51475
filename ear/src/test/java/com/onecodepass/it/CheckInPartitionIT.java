package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.retention.TripRetention;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check-ins partitioned by UTC day on MariaDB (issue 16): the days exist through next week, the
 * maintenance job creates missing ones (moving what landed in p_future meanwhile), retention drops
 * old days whole and keeps the rest, and idempotency holds although the unique key now includes the
 * day.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInPartitionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB TripRetention retention;
  @EJB Venues venues;
  @EJB CheckIns checkIns;
  @EJB CitizenRegistration registration;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource ds;

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static String name(LocalDate day) {
    return "p" + day.toString().replace("-", "");
  }

  @Test
  void everyDayThroughNextWeekHasItsPartition() throws Exception {
    retention.keepPartitionsAhead();
    List<String> names = partitions();
    for (int d = 0; d <= 7; d++) {
      assertThat(names).contains(name(today().plusDays(d)));
    }
    assertThat(names).contains("p_past", "p_future");
  }

  @Test
  void theJobCreatesTomorrowAndMovesWhatLandedInTheCatchAll() throws Exception {
    retention.keepPartitionsAhead();
    StringBuilder future = new StringBuilder();
    for (int d = 1; d <= 7; d++) {
      future.append(d == 1 ? "" : ", ").append(name(today().plusDays(d)));
    }
    execute("ALTER TABLE check_in DROP PARTITION " + future);
    assertThat(partitions()).doesNotContain(name(today().plusDays(1)));
    VenueView venue = TripFixtures.venue(venues, "分区测试 明天", true);
    long person = TripFixtures.personId();
    Instant tomorrow = today().plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
    TripFixtures.insert(ds, person, venue.id(), tomorrow); // no day for it: lands in p_future

    List<LocalDate> created = retention.keepPartitionsAhead();

    assertThat(created).first().isEqualTo(today().plusDays(1));
    assertThat(created).last().isEqualTo(today().plusDays(7));
    assertThat(partitions()).contains(name(today().plusDays(1)), name(today().plusDays(7)));
    assertThat(countIn(name(today().plusDays(1)), person)).isEqualTo(1);
    assertThat(countIn("p_future", person)).isZero();
    assertThat(retention.keepPartitionsAhead())
        .isEmpty(); // a second run (another node) finds nothing
  }

  @Test
  void retentionDropsWholeOldDaysAndKeepsTheRest() throws Exception {
    retention.keepPartitionsAhead();
    VenueView venue = TripFixtures.venue(venues, "分区测试 保留期", true);
    long person = TripFixtures.personId();
    Instant now = Instant.now();
    for (int day : new int[] {29, 30, 45}) {
      TripFixtures.insert(ds, person, venue.id(), now.minus(Duration.ofDays(day)));
    }
    for (int day : new int[] {27, 14, 1, 0}) {
      TripFixtures.insert(ds, person, venue.id(), now.minus(Duration.ofDays(day)));
    }
    Instant cutoff = now.minus(Duration.ofDays(28));
    LocalDate cutoffDay = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);

    long dropped = retention.purgeBefore(cutoff, 1000);

    assertThat(dropped).isGreaterThanOrEqualTo(3);
    assertThat(TripFixtures.count(ds, "citizen_id = ?", person)).isEqualTo(4);
    assertThat(TripFixtures.count(ds, "check_in_day < ?", cutoffDay)).isZero();
    for (String p : partitions()) {
      if (p.matches("p\\d{8}")) {
        assertThat(
                LocalDate.parse(p.substring(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
            .isAfterOrEqualTo(cutoffDay);
      }
    }
    assertThat(partitions()).contains(name(today().minusDays(27)), name(today()));
  }

  @Test
  void theSameKeyOnTheSameDayIsOneRowEvenAtAnotherTime() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "分区测试 幂等", true);
    Instant at = Instant.now().minus(Duration.ofHours(2));
    String key = "it-key:" + TripFixtures.personId();
    insertWithKey(key, venue.id(), at);
    // Another time in the same day: same key, same day, so the (key, day) unique key refuses it.
    assertThatThrownBy(() -> insertWithKey(key, venue.id(), at.plusMillis(1234)))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
    assertThat(TripFixtures.count(ds, "idempotency_key = ?", key)).isEqualTo(1);
  }

  @Test
  void aRescanAcrossMidnightIsStillOneVisit() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "分区测试 午夜", true);
    long citizen = TripFixtures.citizen(registration);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    Instant midnight = today().atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant before = midnight.minusSeconds(20); // yesterday's partition
    Instant after = midnight.plusSeconds(40); // today's: a new bucket, a new key, another day

    CheckInReceipt first = checkIns.checkInAt(citizen, token, before);
    CheckInReceipt retry = checkIns.checkInAt(citizen, token, after);
    CheckInReceipt again = checkIns.checkInAt(citizen, token, before);

    assertThat(retry.repeated()).isTrue();
    assertThat(retry.checkInId()).isEqualTo(first.checkInId());
    assertThat(again.checkInId()).isEqualTo(first.checkInId());
    assertThat(TripFixtures.count(ds, "citizen_id = ? AND venue_id = ?", citizen, venue.id()))
        .isEqualTo(1);
    assertThat(
            TripFixtures.count(
                ds, "citizen_id = ? AND check_in_day = ?", citizen, today().minusDays(1)))
        .isEqualTo(1);
  }

  private void insertWithKey(String key, long venueId, Instant at) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                    + " colour_at_check_in, source, check_in_day) VALUES (?, 1, ?, ?, 'GREEN', 'SCAN', ?)")) {
      insert.setString(1, key);
      insert.setLong(2, venueId);
      insert.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.setObject(4, LocalDate.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private List<String> partitions() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT PARTITION_NAME FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA ="
                    + " DATABASE() AND TABLE_NAME = 'check_in' ORDER BY PARTITION_ORDINAL_POSITION")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private long countIn(String partition, long person) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM check_in PARTITION ("
                    + partition
                    + ") WHERE citizen_id = ?")) {
      ps.setLong(1, person);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
