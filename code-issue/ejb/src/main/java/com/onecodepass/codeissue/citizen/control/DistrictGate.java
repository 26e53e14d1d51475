package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Collection;

/**
 * The one place that decides whether a staff member may read a citizen, and writes the audit entry
 * either way. Runs inside the caller's transaction: a read and its entry commit together.
 */
@Dependent
public class DistrictGate {

  @EJB StaffGate gate;

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
        throw gate.refusal(scope, action, target, reason, clientAddress, "citizen.notPermitted");
      }
    }
    record(scope, action, target, reason, clientAddress);
  }

  /** Records {@code <action>.denied} and answers the exception the caller throws. */
  public NotPermittedException refusal(
      StaffScope scope,
      String action,
      String target,
      String reason,
      String clientAddress,
      String messageKey) {
    return gate.refusal(scope, action, target, reason, clientAddress, messageKey);
  }

  /**
   * A refusal answered as "nobody there" rather than as an error (so ids cannot be probed): the
   * entry says {@code <action>.denied}, the caller goes on.
   */
  public void recordDenied(
      StaffScope scope, String action, String target, String reason, String clientAddress) {
    gate.refusal(scope, action, target, reason, clientAddress, "citizen.notPermitted");
  }

  /** A read that names nobody (a look-up that found no one) still leaves its trace. */
  public void record(
      StaffScope scope, String action, String target, String reason, String clientAddress) {
    gate.record(scope, action, target, reason, clientAddress);
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
