package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The audit entries of case work, and the district check that must leave one when it refuses.
 * People appear in targets by citizen id and masked resident ID only.
 */
@Stateless
public class CaseAudit {

  private static final String NOT_PERMITTED = "cases.notPermitted";

  @EJB StaffGate gate;

  public void record(
      StaffScope who, String clientAddress, String action, String target, String reason) {
    gate.record(who, action, target, reason, clientAddress);
  }

  /** Refuses (with an audit entry that survives the refusal) unless {@code who} may act there. */
  public void requireReach(
      StaffScope who, String clientAddress, String action, String district, String target) {
    gate.requireDistrict(who, district, action, target, clientAddress, NOT_PERMITTED);
  }

  /** Only officers (district staff, city admins) work cases, whatever the district. */
  public void requireOfficer(StaffScope who, String clientAddress, String action) {
    gate.requireOfficer(who, action, clientAddress, NOT_PERMITTED);
  }

  public static String person(Citizen c) {
    return "citizen#" + c.id() + " " + c.residentIdMasked();
  }

  public static String caseRef(long caseId) {
    return "case#" + caseId;
  }
}
