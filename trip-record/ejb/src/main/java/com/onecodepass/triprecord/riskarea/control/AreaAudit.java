package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.shared.Audit;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Audit entries for risk-area decisions and refusals, in the caller's transaction. */
@Stateless
public class AreaAudit {

  @EJB(lookup = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit")
  Audit audit;

  public void record(StaffScope who, String client, String action, String target, String reason) {
    audit.append(
        new Audit.Entry(
            who.username(),
            who.role().name(),
            who.districtCode(),
            action,
            target,
            reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300),
            client));
  }
}
