package com.onecodepass.triprecord.retention.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * One batch of the retention delete, in its own transaction. {@code DELETE … LIMIT} by the check-in
 * time index works on MariaDB/MySQL and on H2 in MySQL mode; JPQL has no limit on bulk deletes,
 * hence plain JDBC. Times are stored as UTC wall-clock values (hibernate.jdbc.time_zone).
 */
@Stateless
public class RetentionBatch {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteBefore(Instant cutoff, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM check_in WHERE checked_in_at < ? LIMIT ?")) {
      delete.setObject(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      delete.setInt(2, limit);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("retention delete failed", e);
    }
  }
}
