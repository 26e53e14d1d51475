package com.onecodepass.codeissue.override.control;

import com.onecodepass.shared.Audit;
import com.onecodepass.shared.NotPermittedException;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * District scoping and the audit trail for appeals and overrides: an officer acts only on residents
 * of their own district (a city admin on all), and every read of personal data, change and refusal
 * leaves an audit entry in the caller's transaction.
 */
@ApplicationScoped
public class OfficerGate {

  @EJB(lookup = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit")
  Audit audit;

  /** Refuses (after recording the attempt) unless the officer may act on this district. */
  public void require(
      StaffScope scope, String districtCode, String action, String target, String client) {
    if (scope == null || !scope.mayManage(districtCode)) {
      refuse(scope, action, target, client, NotPermittedException.KEY);
    }
  }

  /**
   * Refuses district staff an id that names nothing exactly as another district's (only the audit
   * entry differs), so ids cannot be probed; city admins may be told it does not exist.
   */
  public void requireFound(
      StaffScope scope, Object found, String action, String target, String client) {
    if (found == null && (scope == null || scope.role() != StaffScope.Role.CITY_ADMIN)) {
      refuse(scope, action, target + " (none)", client, NotPermittedException.KEY);
    }
  }

  /** Refuses roles other than officers before anything is read. */
  public void requireOfficer(StaffScope scope, String action, String client) {
    if (scope == null
        || !(scope.role() == StaffScope.Role.CITY_ADMIN
            || (scope.role() == StaffScope.Role.DISTRICT_STAFF && scope.districtCode() != null))) {
      refuse(scope, action, null, client, NotPermittedException.KEY);
    }
  }

  public void refuse(
      StaffScope scope, String action, String target, String client, String messageKey) {
    audit.append(
        new Audit.Entry(
            scope == null ? "unknown" : scope.username(),
            scope == null || scope.role() == null ? "NONE" : scope.role().name(),
            scope == null ? null : scope.districtCode(),
            "denied:" + action,
            target,
            messageKey,
            client));
    throw new NotPermittedException(messageKey, action + " refused");
  }

  public void record(StaffScope scope, String action, String target, String reason, String client) {
    audit.append(
        new Audit.Entry(
            scope.username(),
            scope.role().name(),
            scope.districtCode(),
            action,
            target,
            reason == null ? null : clip(reason),
            client));
  }

  /** District scope of a list: the officer's own district, or null (all) for a city admin. */
  public static String listScope(StaffScope scope) {
    return scope.role() == StaffScope.Role.CITY_ADMIN ? null : scope.districtCode();
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
