package com.onecodepass.codeissue.cases.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.PendingPositive;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.contacts.ContactFinding;
import com.onecodepass.codeissue.api.contacts.ContactReport;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.cases.control.CaseAudit;
import com.onecodepass.codeissue.cases.control.CaseStore;
import com.onecodepass.codeissue.cases.control.RunRecorder;
import com.onecodepass.codeissue.cases.entity.CaseContact;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Case work for district officers. The reach check comes first in every method and refuses with an
 * audit entry; every read of people and every decision is audited in the same transaction.
 */
@Stateless
public class CaseService implements Cases {

  static final int MAX_PEOPLE_PER_CONFIRM = 500;
  static final int NOTE_LENGTH = 300;

  @Inject CaseStore store;
  @EJB HealthRecords records;
  @EJB CitizenDirectory directory;
  @EJB ContactFinding contacts;
  @EJB CaseAudit audit;
  @EJB RunRecorder runs;

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
    audit.requireOfficer(who, clientAddress, "cases.mark");
    if (residentId == null || residentId.isBlank()) {
      throw new InvalidInputException("residentId", "cases.residentIdRequired", "no resident ID");
    }
    Optional<Long> found = directory.idOf(residentId.strip().toUpperCase(java.util.Locale.ROOT));
    if (found.isEmpty()) {
      refuseUnlessCityAdmin(who, clientAddress, "cases.mark", "resident id (none)");
    }
    long citizenId =
        found.orElseThrow(
            () ->
                new InvalidInputException(
                    "residentId", "cases.unknownPerson", "nobody registered with this ID"));
    return mark(who, clientAddress, citizenId, source, note);
  }

  @Override
  public CaseView mark(
      StaffScope who, String clientAddress, long citizenId, CaseSource source, String note) {
    audit.requireOfficer(who, clientAddress, "cases.mark");
    if (source == null) {
      throw new InvalidInputException("source", "cases.sourceRequired", "no case source");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > NOTE_LENGTH) {
      throw new InvalidInputException("note", "cases.noteTooLong", "note too long");
    }
    Citizen citizen = store.lockCitizen(citizenId);
    if (citizen == null) {
      refuseUnlessCityAdmin(who, clientAddress, "cases.mark", "citizen#" + citizenId + " (none)");
      throw new InvalidInputException("residentId", "cases.unknownPerson", "no such citizen");
    }
    audit.requireReach(
        who, clientAddress, "cases.mark", citizen.districtCode(), CaseAudit.person(citizen));
    Optional<ConfirmedCase> open = store.openCaseOf(citizenId);
    if (open.isPresent()) {
      audit.record(
          who,
          clientAddress,
          "cases.mark.existing",
          CaseAudit.caseRef(open.get().id()),
          "already a case");
      return store.view(open.get(), citizen);
    }
    Instant now = Instant.now();
    ConfirmedCase theCase =
        new ConfirmedCase(
            citizenId, citizen.districtCode(), source, cleanNote, now, who.username());
    store.add(theCase);
    long condition =
        records.startCondition(
            citizenId,
            ConditionType.CONFIRMED_CASE,
            now,
            ConditionSource.STAFF,
            "case:" + theCase.id(),
            who.username(),
            "confirmed case #" + theCase.id() + " (" + source.name() + ")");
    theCase.recordedAs(condition);
    audit.record(
        who,
        clientAddress,
        "cases.mark",
        CaseAudit.caseRef(theCase.id()) + " " + CaseAudit.person(citizen),
        source.name());
    return store.view(theCase, store.citizen(citizenId));
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
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.read");
    audit.record(who, clientAddress, "cases.read", CaseAudit.caseRef(caseId), null);
    return store.view(theCase, store.citizen(theCase.citizenId()));
  }

  @Override
  public TraceRunView trace(
      StaffScope who, String clientAddress, long caseId, int days, int windowMinutes) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.trace");
    requireBounds(days, windowMinutes);
    ContactReport report =
        contacts.closeContacts(
            who,
            clientAddress,
            theCase.citizenId(),
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

  @Override
  public TraceRunView traceSecondary(
      StaffScope who,
      String clientAddress,
      long caseId,
      Collection<Long> closeContacts,
      int days,
      int windowMinutes) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.traceSecondary");
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
            sources,
            excluded,
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

  @Override
  public Optional<TraceRunView> latestRun(
      StaffScope who, String clientAddress, long caseId, ContactKind kind) {
    caseInReach(who, clientAddress, caseId, "cases.review");
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

  @Override
  public int confirm(
      StaffScope who, String clientAddress, long caseId, long runId, Collection<Long> citizenIds) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.confirm");
    TraceRun run = store.run(runId);
    if (run == null || run.caseId() != caseId) {
      throw new InvalidInputException("run", "cases.unknownRun", "no such run for this case");
    }
    if (citizenIds == null || citizenIds.isEmpty()) {
      throw new InvalidInputException("selection", "cases.nothingSelected", "nobody selected");
    }
    Set<Long> asked = new LinkedHashSet<>(citizenIds);
    if (asked.size() > MAX_PEOPLE_PER_CONFIRM) {
      throw new InvalidInputException("selection", "cases.tooMany", "too many people at once");
    }
    Set<Long> found = runs.peopleIn(runId);
    if (!found.containsAll(asked)) {
      throw new InvalidInputException(
          "selection", "cases.notInRun", "someone selected was not found by this run");
    }
    Set<Long> decided = store.decidedAmong(caseId, asked);
    ContactKind kind = run.kind();
    String reason =
        (kind == ContactKind.CLOSE ? "close contact" : "secondary contact") + " of case #" + caseId;
    Instant now = Instant.now();
    int confirmed = 0;
    for (long person : asked) {
      if (decided.contains(person) || person == theCase.citizenId()) {
        continue;
      }
      long condition =
          records.startCondition(
              person,
              kind.condition(),
              now,
              ConditionSource.STAFF,
              "case:" + caseId,
              who.username(),
              reason);
      store.add(new CaseContact(caseId, person, kind, runId, condition, now, who.username()));
      Citizen citizen = store.citizen(person);
      audit.record(
          who,
          clientAddress,
          "cases.confirm." + kind.name().toLowerCase(java.util.Locale.ROOT),
          CaseAudit.person(citizen),
          reason);
      confirmed++;
    }
    store.flush();
    return confirmed;
  }

  private ConfirmedCase caseInReach(
      StaffScope who, String clientAddress, long caseId, String action) {
    audit.requireOfficer(who, clientAddress, action);
    ConfirmedCase theCase = store.caseById(caseId);
    if (theCase == null) {
      refuseUnlessCityAdmin(who, clientAddress, action, CaseAudit.caseRef(caseId) + " (none)");
      throw new InvalidInputException("case", "cases.unknownCase", "no such case");
    }
    audit.requireReach(
        who, clientAddress, action, theCase.districtCode(), CaseAudit.caseRef(caseId));
    return theCase;
  }

  /**
   * An id that names nothing is refused for district staff exactly as another district's would be
   * (only the audit entry differs), so ids cannot be probed; city admins see everything anyway.
   */
  private void refuseUnlessCityAdmin(
      StaffScope who, String clientAddress, String action, String target) {
    if (who.role() != StaffScope.Role.CITY_ADMIN) {
      audit.requireReach(who, clientAddress, action, null, target);
    }
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
