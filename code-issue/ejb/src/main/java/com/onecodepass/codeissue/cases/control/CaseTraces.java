package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.codeissue.api.contacts.ContactFinding;
import com.onecodepass.codeissue.api.contacts.ContactReport;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tracing a case's contacts through trip-record's port, each run kept for review. */
@Dependent
public class CaseTraces {

  @Inject CaseStore store;
  @Inject CaseReach reach;
  @EJB ContactFinding contacts;
  @EJB CaseAudit audit;
  @EJB RunRecorder runs;

  public TraceRunView trace(
      StaffScope who, String clientAddress, long caseId, int days, int windowMinutes) {
    ConfirmedCase theCase = reach.caseInReach(who, clientAddress, caseId, "cases.trace");
    requireBounds(days, windowMinutes);
    ContactReport report =
        contacts.closeContacts(
            who,
            clientAddress,
            CitizenId.of(theCase.citizenId()),
            Duration.ofDays(days),
            Duration.ofMinutes(windowMinutes));
    TraceRun run = runs.keep(theCase.id(), ContactKind.CLOSE, days, windowMinutes, report, who);
    audit.record(
        who,
        clientAddress,
        "cases.trace",
        CaseAudit.caseRef(caseId) + " run#" + run.id(),
        days + "d/" + windowMinutes + "min: " + report.contacts().size() + " people");
    return runs.view(run, theCase.id());
  }

  public TraceRunView traceSecondary(
      StaffScope who,
      String clientAddress,
      long caseId,
      Collection<Long> closeContacts,
      int days,
      int windowMinutes) {
    ConfirmedCase theCase = reach.caseInReach(who, clientAddress, caseId, "cases.traceSecondary");
    requireBounds(days, windowMinutes);
    List<Long> confirmedClose = store.contactsOf(caseId, ContactKind.CLOSE);
    Set<Long> sources = new LinkedHashSet<>(confirmedClose);
    if (closeContacts != null && !closeContacts.isEmpty()) {
      if (!sources.containsAll(closeContacts)) {
        throw new InvalidInputException(
            "contacts", "cases.notCloseContact", "not a confirmed close contact of this case");
      }
      sources = new LinkedHashSet<>(closeContacts);
    }
    if (sources.isEmpty()) {
      throw new InvalidInputException(
          "contacts", "cases.noCloseContacts", "no confirmed close contacts yet");
    }
    Set<Long> excluded = new LinkedHashSet<>(confirmedClose);
    excluded.add(theCase.citizenId());
    ContactReport report =
        contacts.secondaryContacts(
            who,
            clientAddress,
            ids(sources),
            ids(excluded),
            Duration.ofDays(days),
            Duration.ofMinutes(windowMinutes));
    TraceRun run = runs.keep(theCase.id(), ContactKind.SECONDARY, days, windowMinutes, report, who);
    audit.record(
        who,
        clientAddress,
        "cases.traceSecondary",
        CaseAudit.caseRef(caseId) + " run#" + run.id(),
        sources.size() + " close contacts, " + report.contacts().size() + " people");
    return runs.view(run, theCase.id());
  }

  public Optional<TraceRunView> latestRun(
      StaffScope who, String clientAddress, long caseId, ContactKind kind) {
    reach.caseInReach(who, clientAddress, caseId, "cases.review");
    Optional<TraceRun> run = store.latestRun(caseId, kind);
    run.ifPresent(
        r ->
            audit.record(
                who,
                clientAddress,
                "cases.review.read",
                CaseAudit.caseRef(caseId) + " run#" + r.id(),
                kind.name()));
    return run.map(r -> runs.view(r, caseId));
  }

  private static List<CitizenId> ids(Collection<Long> people) {
    return people.stream().map(CitizenId::of).toList();
  }

  private static void requireBounds(int days, int windowMinutes) {
    if (days < 1 || days > 60) {
      throw new InvalidInputException("days", "cases.days", "look-back must be 1 to 60 days");
    }
    if (windowMinutes < 1 || windowMinutes > 720) {
      throw new InvalidInputException("window", "cases.window", "window must be 1 to 720 minutes");
    }
  }
}
