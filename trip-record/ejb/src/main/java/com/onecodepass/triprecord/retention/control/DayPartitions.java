package com.onecodepass.triprecord.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The day partitions of {@code check_in} on MariaDB/MySQL (migration V6_1 in db/vendor/mysql):
 * {@code pYYYYMMDD} holds that UTC day, {@code p_future} (to MAXVALUE) catches days nobody created
 * yet, and {@code p_past} what is older than the first day ever created (rows written late, e.g. a
 * test's). A day older than the oldest remaining day partition (once older days are dropped, their
 * range goes to the next partition) lands in that partition and leaves with it. New days are split
 * off {@code p_future} while it is still empty for them (a metadata change; rows already in it for
 * those days are moved once), old days are dropped whole: a file deleted, no row touched, no undo,
 * no purge, no index maintenance.
 *
 * <p>All of it is DDL, so it needs the table's metadata lock for a moment. A DDL statement waiting
 * for that lock (behind a long tracing read) would hold up every check-in queued behind it, so the
 * wait is bounded ({@link #LOCK_WAIT_SECONDS}); a refused attempt is simply tried again at the next
 * run. Nodes serialise on a named database lock, and each step is idempotent, so every node may run
 * the job: the second finds nothing left to do.
 */
public final class DayPartitions {

  /** How long DDL waits for the table's metadata lock (check-ins queue behind a waiting DDL). */
  public static final int LOCK_WAIT_SECONDS = 2;

  private static final String LOCK = "ocp.check_in.partitions";
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'p'yyyyMMdd");

  private final Connection connection;

  private DayPartitions(Connection connection) {
    this.connection = connection;
  }

  /** The table's partitions, or empty when {@code check_in} is a plain table (H2). */
  public static java.util.Optional<DayPartitions> of(Connection connection) throws SQLException {
    if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")
        && !connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb")) {
      return java.util.Optional.empty();
    }
    DayPartitions partitions = new DayPartitions(connection);
    return partitions.names().isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(partitions);
  }

  /**
   * Runs {@code work} holding the cluster-wide lock; false (and nothing done) if another holds it.
   */
  public boolean exclusively(SqlWork work) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + LOCK + "', 0)")) {
      if (!rs.next() || rs.getInt(1) != 1) {
        return false;
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
      work.run();
      return true;
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("DO RELEASE_LOCK('" + LOCK + "')");
      }
    }
  }

  /** Work on the partitions. */
  @FunctionalInterface
  public interface SqlWork {
    void run() throws SQLException;
  }

  /** The days that have a partition, oldest first. */
  public List<LocalDate> days() throws SQLException {
    List<LocalDate> days = new ArrayList<>();
    for (String name : names()) {
      if (name.matches("p\\d{8}")) {
        days.add(LocalDate.parse(name, NAME));
      }
    }
    return days;
  }

  /**
   * Makes sure every day up to {@code lastDay} has its partition, splitting them off {@code
   * p_future}. With no day partition yet, the first is the oldest day found in {@code p_future} (or
   * {@code firstDay} if that is earlier or nothing is there). Returns the days created.
   */
  public List<LocalDate> createThrough(LocalDate firstDay, LocalDate lastDay) throws SQLException {
    List<LocalDate> existing = days();
    LocalDate from;
    if (existing.isEmpty()) {
      from = firstDay;
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT MIN(check_in_day) FROM check_in PARTITION (p_future)")) {
        if (rs.next() && rs.getDate(1) != null) {
          LocalDate oldest = rs.getDate(1).toLocalDate();
          from = oldest.isBefore(from) ? oldest : from;
        }
      }
    } else {
      from = existing.get(existing.size() - 1).plusDays(1);
    }
    List<LocalDate> created = new ArrayList<>();
    if (from.isAfter(lastDay)) {
      return created;
    }
    StringJoiner parts = new StringJoiner(", ");
    for (LocalDate day = from; !day.isAfter(lastDay); day = day.plusDays(1)) {
      parts.add("PARTITION " + NAME.format(day) + " VALUES LESS THAN ('" + day.plusDays(1) + "')");
      created.add(day);
    }
    // The first time, p_past (empty until now) moves its bound up to the first day, so that rows
    // older than every day partition have a partition of their own that retention can empty.
    String first = existing.isEmpty() ? "p_past, p_future" : "p_future";
    String past = existing.isEmpty() ? "PARTITION p_past VALUES LESS THAN ('" + from + "'), " : "";
    try (Statement s = connection.createStatement()) {
      s.execute(
          "ALTER TABLE check_in REORGANIZE PARTITION "
              + first
              + " INTO ("
              + past
              + parts
              + ", PARTITION p_future VALUES LESS THAN (MAXVALUE))");
    }
    return created;
  }

  /**
   * Drops the partitions of the days before {@code firstKept}: every row in them is older than
   * {@code firstKept}'s midnight (UTC); and empties {@code p_past} if it is all older. Returns the
   * days dropped and the rows removed (for whole days InnoDB's estimate: counting would read them).
   */
  public Dropped dropBefore(LocalDate firstKept) throws SQLException {
    long past = emptyPastBefore(firstKept);
    List<LocalDate> old = days().stream().filter(d -> d.isBefore(firstKept)).toList();
    if (old.isEmpty()) {
      return new Dropped(old, past);
    }
    StringJoiner names = new StringJoiner(", ");
    old.forEach(d -> names.add(NAME.format(d)));
    long rows = 0;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT COALESCE(SUM(TABLE_ROWS), 0) FROM information_schema.PARTITIONS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'check_in'"
                + " AND FIND_IN_SET(PARTITION_NAME, ?)")) {
      ps.setString(1, names.toString().replace(" ", ""));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rows = rs.getLong(1);
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE check_in DROP PARTITION " + names);
    }
    return new Dropped(old, rows + past);
  }

  /**
   * Empties {@code p_past} when all of it is older than {@code firstKept} and it holds anything
   * (normally it holds nothing, and no DDL runs); returns the rows it held, counted.
   */
  private long emptyPastBefore(LocalDate firstKept) throws SQLException {
    LocalDate bound;
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT PARTITION_DESCRIPTION FROM information_schema.PARTITIONS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'check_in'"
                    + " AND PARTITION_NAME = 'p_past'")) {
      if (!rs.next()) {
        return 0;
      }
      bound = LocalDate.parse(rs.getString(1).replace("'", ""));
    }
    if (bound.isAfter(firstKept)) {
      return 0;
    }
    long rows;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM check_in PARTITION (p_past)")) {
      rs.next();
      rows = rs.getLong(1);
    }
    if (rows > 0) {
      try (Statement s = connection.createStatement()) {
        s.execute("ALTER TABLE check_in TRUNCATE PARTITION p_past");
      }
    }
    return rows;
  }

  /** What {@link #dropBefore} removed. */
  public record Dropped(List<LocalDate> days, long estimatedRows) {}

  private List<String> names() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT PARTITION_NAME FROM information_schema.PARTITIONS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'check_in'"
                    + " AND PARTITION_NAME IS NOT NULL ORDER BY PARTITION_ORDINAL_POSITION")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
