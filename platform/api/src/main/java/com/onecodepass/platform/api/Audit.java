package com.onecodepass.platform.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The append-only, tamper-evident record of staff reads of personal data and of every change: who,
 * role, district, action, target, reason, client address, time. Shared by every module (hence in
 * the EAR's lib/); platform-ejb's AuditLog implements it.
 */
@Local
public interface Audit {

  /** Written in the caller's transaction, so an action and its record commit together. */
  void append(Entry entry);

  /** Walks the chain from the start and names the first entry that does not match. */
  Verdict verify();

  /** One thing a person did; {@code target} should already be masked where it names someone. */
  record Entry(
      String actor,
      String role,
      String districtCode,
      String action,
      String target,
      String reason,
      String clientAddress) {

    /**
     * An entry by a staff member; a blank reason becomes none, and target and reason are cut to
     * what the columns hold (120 and 300 characters).
     */
    public static Entry by(
        StaffScope scope, String action, String target, String reason, String clientAddress) {
      String why = reason == null || reason.isBlank() ? null : reason.strip();
      return new Entry(
          scope.username(),
          scope.role().name(),
          scope.districtCode(),
          action,
          clip(target, 120),
          clip(why, 300),
          clientAddress);
    }

    public static String clip(String s, int max) {
      return s == null || s.length() <= max ? s : s.substring(0, max);
    }
  }

  /** How many entries were checked and the first broken one (or the id after a cut-off end). */
  record Verdict(long checked, Optional<Long> firstBrokenId) {
    public boolean intact() {
      return firstBrokenId.isEmpty();
    }
  }
}
