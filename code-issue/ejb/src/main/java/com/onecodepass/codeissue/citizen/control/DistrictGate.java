package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.shared.Audit;
import com.onecodepass.shared.NotPermittedException;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Collection;

/**
 * The one place that decides whether a staff member may read a citizen, and writes the audit entry
 * either way. Runs inside the caller's transaction: a read and its entry commit together.
 */
@Dependent
public class DistrictGate {

  @EJB(lookup = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit")
  Audit audit;

  /** Audits the read of these people, or audits the refusal and throws. */
  public void admit(
      StaffScope scope,
      Collection<Citizen> people,
      String action,
      String target,
      String reason,
      String clientAddress) {
    for (Citizen c : people) {
      if (!mayRead(scope, c.districtCode())) {
        record(scope, action + ".denied", target, reason, clientAddress);
        throw new NotPermittedException(
            "citizen.notPermitted",
            scope.username()
                + " ("
                + scope.role()
                + ", district "
                + scope.districtCode()
                + ") may not read citizens of district "
                + c.districtCode());
      }
    }
    record(scope, action, target, reason, clientAddress);
  }

  /** A read that names nobody (a look-up that found no one) still leaves its trace. */
  public void record(
      StaffScope scope, String action, String target, String reason, String clientAddress) {
    audit.append(Audit.Entry.by(scope, action, target, reason, clientAddress));
  }

  public static boolean mayRead(StaffScope scope, String citizenDistrict) {
    return switch (scope.role()) {
      case CITY_ADMIN -> true;
      case DISTRICT_STAFF ->
          scope.districtCode() != null && scope.districtCode().equals(citizenDistrict);
      case CHECKER, VENUE_OPERATOR -> false;
    };
  }
}
