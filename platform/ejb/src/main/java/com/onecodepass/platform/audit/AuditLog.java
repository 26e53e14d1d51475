package com.onecodepass.platform.audit;

import com.onecodepass.platform.api.Audit;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/** The audit chain in the platform's tables (audit_entry, audit_head; PlatformSchema). */
@Stateless
public class AuditLog implements Audit {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void append(Entry e) {
    // Whole seconds: what every database and driver here stores exactly, so the hash round-trips.
    Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (Connection c = dataSource.getConnection()) {
      String previous;
      // The head row lock serialises appends across nodes: the chain never forks.
      try (PreparedStatement head =
              c.prepareStatement("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
          ResultSet r = head.executeQuery()) {
        r.next();
        previous = r.getString(1);
      }
      String hash = hashOf(previous, at, e);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO audit_entry (at, actor, role, district_code, action, target, reason,"
                  + " client_address, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
        insert.setTimestamp(1, Timestamp.from(at));
        insert.setString(2, e.actor());
        insert.setString(3, e.role());
        insert.setString(4, e.districtCode());
        insert.setString(5, e.action());
        insert.setString(6, e.target());
        insert.setString(7, e.reason());
        insert.setString(8, e.clientAddress());
        insert.setString(9, previous);
        insert.setString(10, hash);
        insert.executeUpdate();
      }
      try (PreparedStatement move =
          c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
        move.setString(1, hash);
        move.executeUpdate();
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("cannot write the audit log", ex);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Verdict verify() {
    try (Connection c = dataSource.getConnection()) {
      AuditChainWalk.Result result = AuditChainWalk.walk(c);
      return new Verdict(result.checked(), result.firstBrokenId());
    } catch (SQLException ex) {
      throw new IllegalStateException("cannot read the audit log", ex);
    }
  }

  private static String hashOf(String previous, Instant at, Entry e) {
    return AuditHash.of(
        previous,
        at,
        e.actor(),
        e.role(),
        e.districtCode(),
        e.action(),
        e.target(),
        e.reason(),
        e.clientAddress());
  }
}
