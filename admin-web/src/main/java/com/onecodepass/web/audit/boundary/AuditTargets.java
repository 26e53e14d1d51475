package com.onecodepass.web.audit.boundary;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.ResidentId;

/** Masked forms of what staff typed, so an audit entry names a person without disclosing them. */
public final class AuditTargets {

  private AuditTargets() {}

  /** A resident ID or mobile number as screens mask it; anything else keeps only its ends. */
  public static String person(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return "id " + ResidentId.parse(raw).masked();
    } catch (RuntimeException notAnId) {
      try {
        return "mobile " + MobileNumber.parse(raw).masked();
      } catch (RuntimeException notAMobile) {
        String s = raw.strip();
        return s.length() <= 4
            ? "*".repeat(s.length())
            : s.substring(0, 2) + "***" + s.substring(s.length() - 2);
      }
    }
  }
}
