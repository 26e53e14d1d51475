package com.onecodepass.web.audit.control;

import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.web.audit.entity.AuditFilter;
import com.onecodepass.web.audit.entity.AuditRow;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the audit log's entries under a filter, newest first. Plain JDBC on the platform's tables,
 * as the log itself writes them; who may read what is the caller's to decide (AuditSearch).
 */
@Dependent
public class AuditEntries {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /**
   * How many entries match, counting no further than {@code atMost + 1}: a city's log holds
   * millions of rows, and an exact count of an unfiltered log would read all of them on every view.
   */
  public long count(AuditFilter filter, long atMost) {
    Query inner = query(filter, "SELECT 1", " LIMIT " + Math.max(0, atMost + 1));
    Query q = new Query("SELECT COUNT(*) FROM (" + inner.sql() + ") counted", inner.params());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = q.prepare(c);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }

  /** Newest first, from row {@code first} on. */
  public List<AuditRow> page(AuditFilter filter, int first, int max) {
    Query q =
        query(
            filter,
            "SELECT id, at, actor, role, district_code, action, target, reason, client_address",
            " ORDER BY id DESC LIMIT " + Math.max(0, max) + " OFFSET " + Math.max(0, first));
    List<AuditRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = q.prepare(c);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new AuditRow(
                r.getLong(1),
                r.getTimestamp(2).toInstant(),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
    return rows;
  }

  private static Query query(AuditFilter f, String select, String tail) {
    StringBuilder sql = new StringBuilder(select).append(" FROM audit_entry WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.actor() != null) {
      sql.append(" AND actor = ?");
      params.add(f.actor());
    }
    if (f.refusalsOnly()) {
      // Every refusal is recorded as <action>.denied (StaffGate): one format, one filter.
      sql.append(" AND action LIKE '%" + StaffGate.DENIED + "'");
    }
    if (f.action() != null) {
      sql.append(" AND action LIKE ? ESCAPE '!'");
      params.add(f.action().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (f.districtCode() != null) {
      sql.append(" AND district_code = ?");
      params.add(f.districtCode());
    }
    if (f.from() != null) {
      sql.append(" AND at >= ?");
      params.add(Timestamp.from(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND at < ?");
      params.add(Timestamp.from(f.to()));
    }
    return new Query(sql.append(tail).toString(), params);
  }

  private record Query(String sql, List<Object> params) {
    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement s = c.prepareStatement(sql);
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      return s;
    }
  }
}
