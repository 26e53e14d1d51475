package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.ApiCaller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * One row per integrator call that touches personal data, refused calls included. Its own
 * transaction, so a refused (rolled back) call is still on record. Targets are masked.
 */
@Stateless
public class AuditTrail {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(ApiCaller caller, String operation, String target, String outcome) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO api_audit (client_id, operation, target, outcome, client_address,"
                    + " occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, caller.clientId());
      insert.setString(2, operation);
      insert.setString(3, target == null ? null : cut(target, 120));
      insert.setString(4, cut(outcome, 40));
      insert.setString(5, caller.address() == null ? null : cut(caller.address(), 64));
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write api_audit", e);
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
