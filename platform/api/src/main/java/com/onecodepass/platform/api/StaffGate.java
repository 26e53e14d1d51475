package com.onecodepass.platform.api;

import jakarta.ejb.Local;

/**
 * The one door of staff reads and changes: whether this staff member may act here, and the audit
 * entry either way, in the caller's transaction. A refusal is always recorded as {@code
 * <action>.denied} (the audit page and its filter rely on that one format) and thrown as {@link
 * NotPermittedException}, which does not roll the caller's transaction back, so the entry stays.
 * The domain decides what "may act here" means; the gate records and refuses.
 */
@Local
public interface StaffGate {

  /** What a refused action is recorded as: {@code citizen.lookup} becomes this suffix added. */
  String DENIED = ".denied";

  /** Records a read of personal data or a change. */
  void record(StaffScope who, String action, String target, String reason, String client);

  /**
   * Records {@code <action>.denied} with {@code why} as the reason and answers the exception the
   * caller throws ({@code throw gate.refusal(...)}), so the compiler sees the branch end.
   */
  NotPermittedException refusal(
      StaffScope who, String action, String target, String why, String client, String messageKey);

  /**
   * As {@link #refusal}, but the entry commits on its own: for a refusal the caller answers with an
   * exception that rolls its transaction back (a "no such thing" that must look like one). Only
   * before the caller appended anything to the audit log in its transaction: the log's head row
   * would wait on itself.
   */
  NotPermittedException refusalOnItsOwn(
      StaffScope who, String action, String target, String why, String client, String messageKey);

  /** Refuses unless {@code allowed}. */
  default void require(
      boolean allowed,
      StaffScope who,
      String action,
      String target,
      String why,
      String client,
      String messageKey) {
    if (!allowed) {
      throw refusal(who, action, target, why, client, messageKey);
    }
  }

  /** Refuses unless {@code who} may manage {@code district} (a city admin every district). */
  default void requireDistrict(
      StaffScope who,
      String district,
      String action,
      String target,
      String client,
      String messageKey) {
    require(
        who != null && who.mayManage(district),
        who,
        action,
        target,
        district == null ? "unknown district" : "outside the officer's district",
        client,
        messageKey);
  }

  /** Refuses roles other than officers (city admins, district staff with a district). */
  default void requireOfficer(StaffScope who, String action, String client, String messageKey) {
    require(
        who != null && who.isOfficer(),
        who,
        action,
        "-",
        "role may not do this",
        client,
        messageKey);
  }
}
