package com.onecodepass.web.audit.boundary;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.audit.control.AuditEntries;
import com.onecodepass.web.audit.entity.AuditFilter;
import com.onecodepass.web.audit.entity.AuditRow;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reading the audit log, scoped like every staff read: city admins see all entries, district staff
 * the entries made by staff of their own district, other roles nothing. Only city admins verify the
 * chain. Refusals are audited.
 */
@Stateless
public class AuditSearch {

  /** Most rows one CSV export writes. */
  public static final int EXPORT_LIMIT = 100_000;

  private static final String NOT_PERMITTED = "audit.notPermitted";

  @EJB StaffGate gate;
  @EJB Audit audit;
  @Inject AuditEntries entries;

  /** The table pages through this many at most; past it, the filter has to narrow the search. */
  public static final int COUNT_LIMIT = 10_000;

  /** Matching entries, or {@link #COUNT_LIMIT} + 1 for "more than the table pages through". */
  public long count(StaffScope scope, AuditFilter filter, String clientAddress) {
    return entries.count(scoped(scope, filter, clientAddress), COUNT_LIMIT);
  }

  /** Newest first. */
  public List<AuditRow> page(
      StaffScope scope, AuditFilter filter, int first, int max, String clientAddress) {
    return entries.page(
        scoped(scope, filter, clientAddress), first, Math.max(0, Math.min(max, EXPORT_LIMIT)));
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
}
