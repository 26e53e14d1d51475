package com.onecodepass.platform.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The row a roll-up keeps its {@link RollupWindow} in ({@code name, done_id, seen_max_id,
 * rolled_at_ms}). Reading it locks it until the caller's transaction ends, so on a cluster one node
 * rolls up while another that fires at the same moment waits and then finds the work done.
 */
public final class RollupLedger {

  /** The locked state and when it was last written (null: never). */
  public record Entry(RollupWindow window, Instant rolledAt) {

    /** True when a run finished less than {@code seconds} ago (another node was quicker). */
    public boolean ranWithin(long seconds, Instant now) {
      return rolledAt != null && rolledAt.isAfter(now.minusSeconds(seconds));
    }
  }

  private final String table;

  /** {@code table} is a constant of the calling module, never user input. */
  public RollupLedger(String table) {
    this.table = table;
  }

  public Entry lock(Connection c, String name) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT done_id, seen_max_id, rolled_at_ms FROM "
                + table
                + " WHERE name = ? FOR UPDATE")) {
      select.setString(1, name);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no roll-up row " + name + " in " + table);
        }
        long at = rs.getLong(3);
        return new Entry(
            new RollupWindow(rs.getLong(1), rs.getLong(2)),
            rs.wasNull() ? null : Instant.ofEpochMilli(at));
      }
    }
  }

  public void save(Connection c, String name, RollupWindow window, Instant at) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE "
                + table
                + " SET done_id = ?, seen_max_id = ?, rolled_at_ms = ? WHERE name = ?")) {
      update.setLong(1, window.doneId());
      update.setLong(2, window.seenMaxId());
      update.setLong(3, at.toEpochMilli());
      update.setString(4, name);
      update.executeUpdate();
    }
  }

  /** {@code SELECT MAX(id)}: one step down the primary key. */
  public static long maxId(Connection c, String table) throws SQLException {
    try (PreparedStatement max = c.prepareStatement("SELECT MAX(id) FROM " + table);
        ResultSet rs = max.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /**
   * The lowest id whose {@code timeColumn} is at or after {@code since}, found by bisecting the
   * primary key (about 30 single-row reads, no time index needed). Assumes the column grows with
   * the id, as an insert time does, give or take stragglers; a fresh roll-up starts there instead
   * of reading the table's whole history. Returns max id + 1 when nothing is that recent.
   */
  public static long firstIdAtOrAfter(Connection c, String table, String timeColumn, Instant since)
      throws SQLException {
    long lo = 1;
    long hi = maxId(c, table) + 1;
    try (PreparedStatement at =
        c.prepareStatement(
            "SELECT id, " + timeColumn + " FROM " + table + " WHERE id >= ? ORDER BY id LIMIT 1")) {
      java.time.LocalDateTime bound =
          java.time.LocalDateTime.ofInstant(since, java.time.ZoneOffset.UTC);
      while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        at.setLong(1, mid);
        try (ResultSet rs = at.executeQuery()) {
          if (!rs.next()) {
            hi = mid;
          } else if (rs.getObject(2, java.time.LocalDateTime.class).isBefore(bound)) {
            lo = rs.getLong(1) + 1;
          } else {
            hi = mid;
          }
        }
      }
    }
    return lo;
  }
}
