package com.onecodepass.web.audit.boundary;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One line for a staff page to leave its audit entry: who (from {@link StaffAccess}), from where
 * (the client address, through the trusted balancer), what, on whom (already masked) and why.
 */
@RequestScoped
public class StaffAudit {

  @Inject StaffAccess staff;
  @Inject HttpServletRequest request;
  @EJB Audit audit;

  public void record(String action, String maskedTarget, String reason) {
    audit.append(Audit.Entry.by(staff.scope(), action, maskedTarget, reason, clientAddress()));
  }

  /** For EJB services that audit themselves: the address to pass along with the scope. */
  public String clientAddress() {
    return ClientAddress.of(request);
  }
}
