package com.onecodepass.codeissue.api.cases;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Confirmed cases and their contacts, as district officers work them: mark a case, run the trace
 * (kept, so the review stays stable and auditable), confirm close and secondary contacts in bulk.
 *
 * <p>Every call is scoped by {@link StaffScope}: district staff act on the citizens and cases of
 * their district, city admins on all; anyone else, or a district officer reaching into another
 * district, gets {@link com.onecodepass.platform.api.NotPermittedException} and an audit entry.
 * Every read of personal data and every change is audited with {@code clientAddress}.
 */
@Local
public interface Cases {

  /** Open positive results in the officer's reach whose person is not yet a case, newest first. */
  List<PendingPositive> pendingPositives(StaffScope who, String clientAddress);

  /**
   * Marks a person as a confirmed case: opens {@link ConditionType#CONFIRMED_CASE} (red, with the
   * case number as reason) recorded by the officer. Marking a person with an open case returns that
   * case unchanged.
   *
   * @throws InvalidInputException {@code cases.unknownPerson} for an ID nobody registered with
   */
  CaseView markByResidentId(
      StaffScope who, String clientAddress, String residentId, CaseSource source, String note);

  /** Same, for a person picked from {@link #pendingPositives}. */
  CaseView mark(
      StaffScope who, String clientAddress, long citizenId, CaseSource source, String note);

  /** Cases in the officer's reach, newest first. */
  List<CaseView> list(StaffScope who, String clientAddress, int limit);

  CaseView find(StaffScope who, String clientAddress, long caseId);

  /**
   * Traces the case's companions over {@code days} (1–60) with a window of {@code windowMinutes}
   * (1–720) and keeps the run with every overlap found.
   */
  TraceRunView trace(
      StaffScope who, String clientAddress, long caseId, int days, int windowMinutes);

  /**
   * Traces the companions of confirmed close contacts of the case (all of them when {@code
   * closeContacts} is empty), excluding the case and every close contact, and keeps the run.
   */
  TraceRunView traceSecondary(
      StaffScope who,
      String clientAddress,
      long caseId,
      Collection<Long> closeContacts,
      int days,
      int windowMinutes);

  /** The newest kept run of that kind for the case, with each person's current decision. */
  Optional<TraceRunView> latestRun(
      StaffScope who, String clientAddress, long caseId, ContactKind kind);

  /**
   * Confirms people found by the run (close contacts for a case trace, secondary contacts for a
   * secondary trace): each gets the condition with the reason "… of case #id" recorded by the
   * officer. People already confirmed for this case are left as they are.
   *
   * @return how many were newly confirmed
   */
  int confirm(
      StaffScope who, String clientAddress, long caseId, long runId, Collection<Long> citizenIds);
}
