package com.onecodepass.web.audit.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit viewer asks for; any part may be null. {@code action} matches as a prefix
 * ("citizen." finds every citizen read), the others exactly; {@code to} is exclusive.
 */
public record AuditFilter(
    String actor,
    String action,
    String districtCode,
    Instant from,
    Instant to,
    boolean refusalsOnly)
    implements Serializable {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, false);

  public AuditFilter inDistrict(String code) {
    return new AuditFilter(actor, action, code, from, to, refusalsOnly);
  }
}
