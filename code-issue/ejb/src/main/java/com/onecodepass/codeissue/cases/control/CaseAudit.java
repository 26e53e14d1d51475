package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.shared.Audit;
import com.onecodepass.shared.NotPermittedException;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The audit entries of case work, and the district check that must leave one when it refuses.
 * People appear in targets by citizen id and masked resident ID only.
 */
@Stateless
public class CaseAudit {

  private static final String NOT_PERMITTED = "cases.notPermitted";

  @EJB(lookup = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit")
  Audit audit;

  public void record(
      StaffScope who, String clientAddress, String action, String target, String reason) {
    audit.append(
        new Audit.Entry(
            who.username(),
            who.role().name(),
            who.districtCode(),
            action,
            target,
            reason,
            clientAddress));
  }

  /** Refuses (with an audit entry that survives the refusal) unless {@code who} may act there. */
  public void requireReach(
      StaffScope who, String clientAddress, String action, String district, String target) {
    if (!who.mayManage(district)) {
      record(who, clientAddress, action + ".refused", target, "outside the officer's district");
      throw new NotPermittedException(NOT_PERMITTED, action + " outside the officer's reach");
    }
  }

  /** Only officers (district staff, city admins) work cases, whatever the district. */
  public void requireOfficer(StaffScope who, String clientAddress, String action) {
    if (who.role() != StaffScope.Role.CITY_ADMIN && who.role() != StaffScope.Role.DISTRICT_STAFF) {
      record(who, clientAddress, action + ".refused", "-", "role may not work cases");
      throw new NotPermittedException(
          NOT_PERMITTED, action + " needs a district officer or city admin");
    }
  }

  public static String person(Citizen c) {
    return "citizen#" + c.id() + " " + c.residentIdMasked();
  }

  public static String caseRef(long caseId) {
    return "case#" + caseId;
  }
}
