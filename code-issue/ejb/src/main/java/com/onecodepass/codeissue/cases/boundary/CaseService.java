package com.onecodepass.codeissue.cases.boundary;

import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.PendingPositive;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.codeissue.cases.control.CaseAudit;
import com.onecodepass.codeissue.cases.control.CaseMarking;
import com.onecodepass.codeissue.cases.control.CaseReach;
import com.onecodepass.codeissue.cases.control.CaseStore;
import com.onecodepass.codeissue.cases.control.CaseTraces;
import com.onecodepass.codeissue.cases.control.ContactDecisions;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Case work for district officers, one transaction per call: the use cases are the controls {@link
 * CaseMarking}, {@link CaseTraces} and {@link ContactDecisions}; the reach check ({@link
 * CaseReach}) comes first in every one and refuses with an audit entry; every read of people and
 * every decision is audited in the same transaction.
 */
@Stateless
public class CaseService implements Cases {

  @Inject CaseStore store;
  @Inject CaseReach reach;
  @Inject CaseMarking marking;
  @Inject CaseTraces traces;
  @Inject ContactDecisions decisions;
  @EJB CaseAudit audit;

  @Override
  public List<PendingPositive> pendingPositives(StaffScope who, String clientAddress) {
    audit.requireOfficer(who, clientAddress, "cases.positives");
    List<PendingPositive> result = store.pendingPositives(who, 100);
    audit.record(who, clientAddress, "cases.positives.read", result.size() + " people", "worklist");
    return result;
  }

  @Override
  public CaseView markByResidentId(
      StaffScope who, String clientAddress, String residentId, CaseSource source, String note) {
    return marking.markByResidentId(who, clientAddress, residentId, source, note);
  }

  @Override
  public CaseView mark(
      StaffScope who, String clientAddress, long citizenId, CaseSource source, String note) {
    return marking.mark(who, clientAddress, citizenId, source, note);
  }

  @Override
  public List<CaseView> list(StaffScope who, String clientAddress, int limit) {
    audit.requireOfficer(who, clientAddress, "cases.list");
    List<CaseView> cases =
        store.casesInReach(who, Math.max(1, Math.min(limit, 500))).stream()
            .map(k -> store.view(k, store.citizen(k.citizenId())))
            .toList();
    audit.record(who, clientAddress, "cases.list.read", cases.size() + " cases", null);
    return cases;
  }

  @Override
  public CaseView find(StaffScope who, String clientAddress, long caseId) {
    ConfirmedCase theCase = reach.caseInReach(who, clientAddress, caseId, "cases.read");
    audit.record(who, clientAddress, "cases.read", CaseAudit.caseRef(caseId), null);
    return store.view(theCase, store.citizen(theCase.citizenId()));
  }

  @Override
  public TraceRunView trace(
      StaffScope who, String clientAddress, long caseId, int days, int windowMinutes) {
    return traces.trace(who, clientAddress, caseId, days, windowMinutes);
  }

  @Override
  public TraceRunView traceSecondary(
      StaffScope who,
      String clientAddress,
      long caseId,
      Collection<Long> closeContacts,
      int days,
      int windowMinutes) {
    return traces.traceSecondary(who, clientAddress, caseId, closeContacts, days, windowMinutes);
  }

  @Override
  public Optional<TraceRunView> latestRun(
      StaffScope who, String clientAddress, long caseId, ContactKind kind) {
    return traces.latestRun(who, clientAddress, caseId, kind);
  }

  @Override
  public int confirm(
      StaffScope who, String clientAddress, long caseId, long runId, Collection<Long> citizenIds) {
    return decisions.confirm(who, clientAddress, caseId, runId, citizenIds);
  }
}
