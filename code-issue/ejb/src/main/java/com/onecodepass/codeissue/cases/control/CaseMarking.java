package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Marking a person as a confirmed case: one open case per person, its condition started. */
@Dependent
public class CaseMarking {

  static final int NOTE_LENGTH = 300;

  @Inject CaseStore store;
  @Inject CaseReach reach;
  @EJB HealthRecords records;
  @EJB CitizenDirectory directory;
  @EJB CaseAudit audit;

  public CaseView markByResidentId(
      StaffScope who, String clientAddress, String residentId, CaseSource source, String note) {
    audit.requireOfficer(who, clientAddress, "cases.mark");
    if (residentId == null || residentId.isBlank()) {
      throw new InvalidInputException("residentId", "cases.residentIdRequired", "no resident ID");
    }
    Optional<Long> found = directory.idOf(residentId.strip().toUpperCase(java.util.Locale.ROOT));
    if (found.isEmpty()) {
      reach.refuseUnlessCityAdmin(who, clientAddress, "cases.mark", "resident id (none)");
    }
    long citizenId =
        found.orElseThrow(
            () ->
                new InvalidInputException(
                    "residentId", "cases.unknownPerson", "nobody registered with this ID"));
    return mark(who, clientAddress, citizenId, source, note);
  }

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
      reach.refuseUnlessCityAdmin(
          who, clientAddress, "cases.mark", "citizen#" + citizenId + " (none)");
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
}
