package com.onecodepass.codeissue.appeal.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealCase;
import com.onecodepass.codeissue.api.appeal.AppealDesk;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.api.appeal.OverrideView;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestResultView;
import com.onecodepass.codeissue.appeal.control.AppealApproval;
import com.onecodepass.codeissue.appeal.control.AppealStore;
import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.control.FourEyesPolicy;
import com.onecodepass.codeissue.override.control.OfficerGate;
import com.onecodepass.codeissue.override.control.OverrideViews;
import com.onecodepass.codeissue.override.control.PendingOverrides;
import com.onecodepass.codeissue.override.control.StaffText;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Officers decide appeals. A rejection only records the answer. An approval is an override of the
 * code: for a person it would take out of red it waits for a second officer ({@link
 * FourEyesPolicy}), the answer staying with the request until then; otherwise it takes effect now.
 */
@Stateless
public class AppealDeskService implements AppealDesk {

  private static final int RECENT_TESTS = 10;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB HealthRecords records;
  @Inject OfficerGate gate;
  @Inject AppealApproval approval;
  @Inject PendingOverrides pending;
  @Inject AppealStore appeals;

  @Override
  public List<AppealCase> queue(StaffScope scope, String client) {
    gate.requireOfficer(scope, "appeal.queue", client);
    String district = OfficerGate.listScope(scope);
    List<AppealStore.WithCitizen> rows = appeals.openIn(district, 500);
    Map<Long, OverrideView> awaiting = awaitingByAppeal(district);
    gate.record(scope, "appeal.queue", district == null ? "all districts" : district, null, client);
    return rows.stream()
        .map(
            r ->
                caseOf(
                    r.appeal(), r.citizen(), List.of(), List.of(), awaiting.get(r.appeal().id())))
        .toList();
  }

  @Override
  public AppealCase detail(StaffScope scope, long appealId, String client) {
    gate.requireOfficer(scope, "appeal.view", client);
    Appeal appeal = em.find(Appeal.class, appealId);
    gate.requireFound(scope, appeal, "appeal.view", "appeal #" + appealId, client);
    if (appeal == null) {
      throw new InvalidInputException("appeal", "appeal.unknown", "no such appeal");
    }
    Citizen person = em.find(Citizen.class, appeal.citizenId());
    gate.require(scope, appeal.districtCode(), "appeal.view", person.residentIdMasked(), client);
    gate.record(scope, "appeal.view", person.residentIdMasked(), "appeal #" + appealId, client);
    return caseOf(
        appeal,
        person,
        records.history(person.id()),
        records.testResults(person.id()).stream().limit(RECENT_TESTS).toList(),
        pending.ofAppeal(appealId).map(o -> OverrideViews.of(o, person)).orElse(null));
  }

  @Override
  public Decided decide(
      StaffScope scope, long appealId, boolean approve, String answerInput, String client) {
    gate.requireOfficer(scope, "appeal.decide", client);
    String answer = StaffText.required(answerInput, "answer", "appeal.answer");
    Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
    gate.requireFound(scope, appeal, "appeal.decide", "appeal #" + appealId, client);
    if (appeal == null) {
      throw new InvalidInputException("appeal", "appeal.unknown", "no such appeal");
    }
    Citizen person = em.find(Citizen.class, appeal.citizenId(), LockModeType.PESSIMISTIC_WRITE);
    String target = person.residentIdMasked();
    gate.require(scope, appeal.districtCode(), "appeal.decide", target, client);
    if (appeal.status() != AppealStatus.OPEN) {
      throw new InvalidInputException("appeal", "appeal.decided", "already decided");
    }
    if (pending.existFor(person.id())) {
      throw new InvalidInputException("appeal", "appealDesk.awaiting", "a second approval waits");
    }
    if (!approve) {
      appeal.decide(false, answer, scope.username(), Instant.now());
      gate.record(scope, "appeal.reject", target, "appeal #" + appealId + ": " + answer, client);
      return new Decided(AppealService.view(appeal, person.nameMasked(), false), null);
    }
    Instant now = Instant.now();
    boolean fourEyes =
        FourEyesPolicy.needsSecondApprover(
            person.colour(), CodeColour.GREEN, records.history(person.id()), now);
    // The approval is recorded as an override either way, so the override list is the one trail
    // of every staff change to a code.
    CodeOverride override =
        new CodeOverride(
            person.id(),
            appeal.districtCode(),
            person.colour(),
            CodeColour.GREEN,
            appeal.id(),
            answer,
            fourEyes,
            scope.username(),
            now);
    em.persist(override);
    em.flush();
    if (!fourEyes) {
      approval.approve(appeal, answer, scope.username(), null);
    }
    gate.record(
        scope,
        fourEyes ? "appeal.approve.requested" : "appeal.approve",
        target,
        "appeal #" + appealId + ": " + answer,
        client);
    return new Decided(
        AppealService.view(appeal, person.nameMasked(), fourEyes),
        fourEyes ? OverrideViews.of(override, person) : null);
  }

  private AppealCase caseOf(
      Appeal a,
      Citizen c,
      List<ColourChangeView> history,
      List<TestResultView> tests,
      OverrideView awaiting) {
    return new AppealCase(
        AppealService.view(a, c.nameMasked(), awaiting != null),
        c.residentIdMasked(),
        c.colour(),
        c.colourReason(),
        history,
        tests,
        awaiting);
  }

  private Map<Long, OverrideView> awaitingByAppeal(String district) {
    return pending.forAppealsIn(district).stream()
        .collect(Collectors.toMap(OverrideView::appealId, Function.identity(), (x, y) -> x));
  }
}
