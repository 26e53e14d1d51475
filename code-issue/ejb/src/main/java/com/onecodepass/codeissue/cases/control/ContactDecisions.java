package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.cases.entity.CaseContact;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The officer's decision on the people a run found: each confirmed person gets the contact's
 * condition once per case (people already decided, and the case itself, are skipped).
 */
@Dependent
public class ContactDecisions {

  static final int MAX_PEOPLE_PER_CONFIRM = 500;

  @Inject CaseStore store;
  @Inject CaseReach reach;
  @EJB HealthRecords records;
  @EJB CaseAudit audit;
  @EJB RunRecorder runs;

  public int confirm(
      StaffScope who, String clientAddress, long caseId, long runId, Collection<Long> citizenIds) {
    ConfirmedCase theCase = reach.caseInReach(who, clientAddress, caseId, "cases.confirm");
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
}
