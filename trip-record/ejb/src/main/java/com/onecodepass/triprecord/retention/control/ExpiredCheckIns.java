package com.onecodepass.triprecord.retention.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Deletes check-ins past retention a bounded batch at a time. {@code DELETE … LIMIT} by the
 * check-in time index works on MariaDB/MySQL and on H2 in MySQL mode; JPQL has no limit on bulk
 * deletes, hence plain JDBC. Times are stored as UTC wall-clock values (hibernate.jdbc.time_zone).
 */
@Dependent
public class ExpiredCheckIns {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /** Deletes at most {@code limit} check-ins from before {@code cutoff}; returns how many. */
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
