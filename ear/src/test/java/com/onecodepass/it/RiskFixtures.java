package com.onecodepass.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Many people and visits straight through JDBC, for the risk-area tests that need thousands: green
 * citizens whose personal fields are random bytes (re-evaluation never decrypts them), an active
 * venue with a given community, and check-ins.
 */
final class RiskFixtures {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RiskFixtures() {}

  static List<Long> citizens(Connection c, int count) throws SQLException {
    return citizens(c, count, "610113");
  }

  /** Green citizens living in {@code district}. */
  static List<Long> citizens(Connection c, int count, String district) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO citizen (subject, name_cipher, name_masked, resident_id_cipher,"
                + " resident_id_index, resident_id_masked, district_code, colour, colour_since,"
                + " colour_reason, registered_at, version) VALUES (?, ?, '测*', ?, ?,"
                + " '6101**********0000', ?, 'GREEN', ?, 'NONE', ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      Object now = LocalDateTime.now(ZoneOffset.UTC);
      for (int i = 0; i < count; i++) {
        insert.setString(1, subject());
        insert.setBytes(2, bytes(32));
        insert.setBytes(3, bytes(40));
        insert.setBytes(4, bytes(32));
        insert.setString(5, district);
        insert.setObject(6, now);
        insert.setObject(7, now);
        insert.addBatch();
        if ((i + 1) % 1000 == 0 || i == count - 1) {
          insert.executeBatch();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
              ids.add(keys.getLong(1));
            }
          }
        }
      }
      c.commit();
    } finally {
      c.setAutoCommit(auto);
    }
    return ids;
  }

  static long venue(Connection c, String community) throws SQLException {
    return venue(c, community, "610113");
  }

  /** An active venue of {@code district}. */
  static long venue(Connection c, String community, String district) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO venue (public_code, name, category, address, district_code, community,"
                + " status, created_at) VALUES (?, ?, 'SUPERMARKET', ?, ?, ?,"
                + " 'ACTIVE', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, subject());
      insert.setString(2, "风险测试超市 " + RANDOM.nextInt(1_000_000));
      insert.setString(3, ("610113".equals(district) ? "雁塔区" : "新城区") + "风险测试路1号");
      insert.setString(4, district);
      insert.setString(5, community);
      insert.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void visits(Connection c, List<Long> citizens, long venueId, Instant at)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                + " colour_at_check_in, masked_name, source) VALUES (?, ?, ?, ?, 'GREEN', '测*',"
                + " 'SCAN')")) {
      int n = 0;
      for (long citizen : citizens) {
        insert.setString(1, "risk:" + UUID.randomUUID());
        insert.setLong(2, citizen);
        insert.setLong(3, venueId);
        insert.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.addBatch();
        if (++n % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String subject() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(8));
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
