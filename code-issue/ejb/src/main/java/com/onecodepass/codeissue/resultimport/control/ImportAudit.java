package com.onecodepass.codeissue.resultimport.control;

import com.onecodepass.shared.Audit;
import com.onecodepass.shared.StaffScope;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Audit entries of the import, written in the caller's transaction. The log lives in admin-web, so
 * it is looked up when first needed rather than injected (no deployment-order dependency).
 */
@ApplicationScoped
public class ImportAudit {

  private static final String AUDIT = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit";

  private volatile Audit audit;

  public void record(StaffScope scope, String action, String target, String clientAddress) {
    entry(scope, action, target, "ok", clientAddress);
  }

  public void refused(StaffScope scope, String action, String target, String clientAddress) {
    entry(scope, action, target, "not permitted", clientAddress);
  }

  private void entry(
      StaffScope scope, String action, String target, String reason, String clientAddress) {
    log()
        .append(
            new Audit.Entry(
                scope.username(),
                scope.role().name(),
                scope.districtCode(),
                action,
                target,
                reason,
                clientAddress));
  }

  private Audit log() {
    if (audit == null) {
      try {
        audit = InitialContext.doLookup(AUDIT);
      } catch (NamingException e) {
        throw new IllegalStateException("audit log not available", e);
      }
    }
    return audit;
  }
}
