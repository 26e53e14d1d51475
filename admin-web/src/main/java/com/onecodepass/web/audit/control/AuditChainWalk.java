package com.onecodepass.web.audit.control;

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
  public record Result(long checked, Optional<Long> firstBrokenId) {
    public boolean intact() {
      return firstBrokenId.isEmpty();
    }
  }

  private static final String GENESIS = "0".repeat(64);

  private AuditChainWalk() {}

  public static Result walk(Connection c) throws SQLException {
    String expectedPrevious = GENESIS;
    long checked = 0;
    long lastId = 0;
    try (PreparedStatement all =
        c.prepareStatement(
            "SELECT id, at, actor, role, district_code, action, target, reason,"
                + " client_address, prev_hash, hash FROM audit_entry ORDER BY id")) {
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
            return new Result(checked, Optional.of(r.getLong(1)));
          }
          expectedPrevious = hash;
          lastId = r.getLong(1);
        }
      }
    }
    // A chain cut off at the end is consistent in itself; the head still knows its last hash.
    try (PreparedStatement head =
            c.prepareStatement("SELECT last_hash FROM audit_head WHERE id = 1");
        ResultSet h = head.executeQuery()) {
      if (h.next() && !h.getString(1).equals(expectedPrevious)) {
        return new Result(checked, Optional.of(lastId + 1));
      }
    }
    return new Result(checked, Optional.empty());
  }
}
