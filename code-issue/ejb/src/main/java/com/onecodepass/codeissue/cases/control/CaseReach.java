package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Whether an officer may work this case: officers only, and the case's district. An id that names
 * nothing is refused to district staff as another district's would be.
 */
@Dependent
public class CaseReach {

  @Inject CaseStore store;
  @EJB CaseAudit audit;

  /** The case, or a refusal (audited) / "no such case" for a city admin. */
  public ConfirmedCase caseInReach(
      StaffScope who, String clientAddress, long caseId, String action) {
    audit.requireOfficer(who, clientAddress, action);
    ConfirmedCase theCase = store.caseById(caseId);
    if (theCase == null) {
      refuseUnlessCityAdmin(who, clientAddress, action, CaseAudit.caseRef(caseId) + " (none)");
      throw new InvalidInputException("case", "cases.unknownCase", "no such case");
    }
    audit.requireReach(
        who, clientAddress, action, theCase.districtCode(), CaseAudit.caseRef(caseId));
    return theCase;
  }

  /**
   * An id that names nothing is refused for district staff exactly as another district's would be
   * (only the audit entry differs), so ids cannot be probed; city admins see everything anyway.
   */
  public void refuseUnlessCityAdmin(
      StaffScope who, String clientAddress, String action, String target) {
    if (who.role() != StaffScope.Role.CITY_ADMIN) {
      audit.requireReach(who, clientAddress, action, null, target);
    }
  }
}
