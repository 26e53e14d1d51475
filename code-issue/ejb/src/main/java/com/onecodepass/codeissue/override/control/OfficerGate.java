package com.onecodepass.codeissue.override.control;

import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * District scoping and the audit trail for appeals and overrides: an officer acts only on residents
 * of their own district (a city admin on all), and every read of personal data, change and refusal
 * leaves an audit entry in the caller's transaction.
 */
@ApplicationScoped
public class OfficerGate {

  @EJB StaffGate gate;

  /** Refuses (after recording the attempt) unless the officer may act on this district. */
  public void require(
      StaffScope scope, String districtCode, String action, String target, String client) {
    gate.requireDistrict(scope, districtCode, action, target, client, NotPermittedException.KEY);
  }

  /**
   * Refuses district staff an id that names nothing exactly as another district's (only the audit
   * entry differs), so ids cannot be probed; city admins may be told it does not exist.
   */
  public void requireFound(
      StaffScope scope, Object found, String action, String target, String client) {
    gate.require(
        found != null || (scope != null && scope.role() == StaffScope.Role.CITY_ADMIN),
        scope,
        action,
        target + " (none)",
        "no such record",
        client,
        NotPermittedException.KEY);
  }

  /** Refuses roles other than officers before anything is read. */
  public void requireOfficer(StaffScope scope, String action, String client) {
    gate.requireOfficer(scope, action, client, NotPermittedException.KEY);
  }

  public void refuse(
      StaffScope scope, String action, String target, String client, String messageKey) {
    throw gate.refusal(scope, action, target, messageKey, client, messageKey);
  }

  public void record(StaffScope scope, String action, String target, String reason, String client) {
    gate.record(scope, action, target, reason, client);
  }

  /** District scope of a list: the officer's own district, or null (all) for a city admin. */
  public static String listScope(StaffScope scope) {
    return scope.role() == StaffScope.Role.CITY_ADMIN ? null : scope.districtCode();
  }
}
