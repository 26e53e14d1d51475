package com.onecodepass.web.audit.boundary;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.audit.entity.AuditFilter;
import com.onecodepass.web.audit.entity.AuditRow;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reading the audit log, scoped like every staff read: city admins see all entries, district staff
 * the entries made by staff of their own district, other roles nothing. Only city admins verify the
 * chain. Refusals are audited.
 */
@Stateless
public class AuditSearch {

  /** Most rows one CSV export writes. */
  public static final int EXPORT_LIMIT = 100_000;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private static final String NOT_PERMITTED = "audit.notPermitted";

  @EJB StaffGate gate;
  @EJB Audit audit;

  public long count(StaffScope scope, AuditFilter filter, String clientAddress) {
    Query q = query(scoped(scope, filter, clientAddress), "SELECT COUNT(*)", "");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = q.prepare(c);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }

  /** Newest first. */
  public List<AuditRow> page(
      StaffScope scope, AuditFilter filter, int first, int max, String clientAddress) {
    Query q =
        query(
            scoped(scope, filter, clientAddress),
            "SELECT id, at, actor, role, district_code, action, target, reason, client_address",
            " ORDER BY id DESC LIMIT "
                + Math.max(0, Math.min(max, EXPORT_LIMIT))
                + " OFFSET "
                + Math.max(0, first));
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

  /**
   * An export is itself a read worth recording: how much left the system, and under what filter.
   */
  public List<AuditRow> export(StaffScope scope, AuditFilter filter, String clientAddress) {
    List<AuditRow> rows = page(scope, filter, 0, EXPORT_LIMIT, clientAddress);
    audit.append(
        Audit.Entry.by(
            scope,
            "audit.export",
            rows.size() + " entries " + describe(filter),
            null,
            clientAddress));
    return rows;
  }

  public Audit.Verdict verify(StaffScope scope, String clientAddress) {
    if (scope.role() != StaffScope.Role.CITY_ADMIN) {
      throw gate.refusal(
          scope, "audit.verify", "chain", "city admins only", clientAddress, NOT_PERMITTED);
    }
    Audit.Verdict verdict = audit.verify();
    audit.append(
        Audit.Entry.by(
            scope,
            "audit.verify",
            verdict.intact()
                ? "intact, " + verdict.checked() + " entries"
                : "broken at #" + verdict.firstBrokenId().orElseThrow(),
            null,
            clientAddress));
    return verdict;
  }

  private AuditFilter scoped(StaffScope scope, AuditFilter filter, String clientAddress) {
    return switch (scope.role()) {
      case CITY_ADMIN -> filter;
      case DISTRICT_STAFF -> {
        if (filter.districtCode() != null && !filter.districtCode().equals(scope.districtCode())) {
          throw gate.refusal(
              scope,
              "audit.read",
              "district " + filter.districtCode(),
              "another district",
              clientAddress,
              NOT_PERMITTED);
        }
        yield filter.inDistrict(scope.districtCode());
      }
      case CHECKER, VENUE_OPERATOR ->
          throw gate.refusal(scope, "audit.read", "log", "role", clientAddress, NOT_PERMITTED);
    };
  }

  private static String describe(AuditFilter f) {
    return "actor="
        + f.actor()
        + " action="
        + f.action()
        + " district="
        + f.districtCode()
        + (f.refusalsOnly() ? " refusals" : "");
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
