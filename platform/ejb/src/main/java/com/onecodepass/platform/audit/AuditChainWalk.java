package com.onecodepass.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks the audit chain over a plain JDBC connection, so the server (AuditLog) and the offline
 * command (AuditVerifyCommand) check it with the same code and the same hash rule.
 */
public final class AuditChainWalk {

  /** How many entries were checked and the first one that does not match its predecessor. */
  public record Result(long checked, Optional<Long> firstBrokenId, Checkpoint reached) {
    public boolean intact() {
      return firstBrokenId.isEmpty();
    }
  }

  /** The last entry found intact: a later walk starts after it instead of from the genesis. */
  public record Checkpoint(long lastId, String lastHash) {
    public static final Checkpoint GENESIS = new Checkpoint(0, "0".repeat(64));
  }

  // Entries appended while a walk reads can put the head ahead of the rows it saw; a mismatch is
  // a break only when no newer rows explain it. Bounded so a busy log still gets an answer.
  private static final int CATCH_UP_ROUNDS = 5;

  private AuditChainWalk() {}

  public static Result walk(Connection c) throws SQLException {
    return walkFrom(c, Checkpoint.GENESIS);
  }

  /** Walks the entries after {@code from}, then checks that the head names the last hash. */
  public static Result walkFrom(Connection c, Checkpoint from) throws SQLException {
    long checked = 0;
    Checkpoint at = from;
    for (int round = 0; ; round++) {
      Segment segment = walkSegment(c, at);
      checked += segment.checked();
      if (segment.brokenId().isPresent()) {
        return new Result(checked, segment.brokenId(), at);
      }
      at = segment.reached();
      String head = headHash(c);
      if (head == null || head.equals(at.lastHash())) {
        return new Result(checked, Optional.empty(), at);
      }
      if (round >= CATCH_UP_ROUNDS || !hasEntriesAfter(c, at.lastId())) {
        // A chain cut off at the end is consistent in itself; the head still knows its last hash.
        return new Result(checked, Optional.of(at.lastId() + 1), at);
      }
    }
  }

  private record Segment(long checked, Optional<Long> brokenId, Checkpoint reached) {}

  private static Segment walkSegment(Connection c, Checkpoint from) throws SQLException {
    String expectedPrevious = from.lastHash();
    long lastId = from.lastId();
    long checked = 0;
    try (PreparedStatement all =
        c.prepareStatement(
            "SELECT id, at, actor, role, district_code, action, target, reason,"
                + " client_address, prev_hash, hash FROM audit_entry WHERE id > ? ORDER BY id")) {
      all.setLong(1, from.lastId());
      all.setFetchSize(1000);
      try (ResultSet r = all.executeQuery()) {
        while (r.next()) {
          checked++;
          String hash =
              AuditHash.of(
                  expectedPrevious,
                  r.getTimestamp(2).toInstant(),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9));
          if (!expectedPrevious.equals(r.getString(10)) || !hash.equals(r.getString(11))) {
            return new Segment(checked, Optional.of(r.getLong(1)), from);
          }
          expectedPrevious = hash;
          lastId = r.getLong(1);
        }
      }
    }
    return new Segment(checked, Optional.empty(), new Checkpoint(lastId, expectedPrevious));
  }

  private static String headHash(Connection c) throws SQLException {
    try (PreparedStatement head =
            c.prepareStatement("SELECT last_hash FROM audit_head WHERE id = 1");
        ResultSet h = head.executeQuery()) {
      return h.next() ? h.getString(1) : null;
    }
  }

  private static boolean hasEntriesAfter(Connection c, long id) throws SQLException {
    try (PreparedStatement newer =
        c.prepareStatement("SELECT 1 FROM audit_entry WHERE id > ? ORDER BY id LIMIT 1")) {
      newer.setLong(1, id);
      try (ResultSet r = newer.executeQuery()) {
        return r.next();
      }
    }
  }
}
