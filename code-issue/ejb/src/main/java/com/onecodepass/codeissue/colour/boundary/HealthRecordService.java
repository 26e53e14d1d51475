package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.codeissue.api.testing.TestResultView;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.HealthRecordStore;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@Stateless
public class HealthRecordService implements HealthRecords {

  static final int BATCH = 250;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject Recolouring recolouring;
  @Inject HealthRecordStore store;
  @EJB RecolourBatch batch;

  @Override
  public void recordTestResult(TestResultRecord r) {
    requireCitizen(r.citizenId());
    if (r.sampleTime() == null || r.resultTime() == null || r.result() == null) {
      throw new InvalidInputException(
          "result", "test.incomplete", "sample time, result time and result are required");
    }
    if (r.resultTime().isBefore(r.sampleTime())
        || r.sampleTime().isAfter(Instant.now().plusSeconds(300))) {
      throw new InvalidInputException(
          "sampleTime", "test.times", "impossible sample or result time");
    }
    String lab = r.lab() == null || r.lab().isBlank() ? "unknown" : r.lab().strip();
    if (lab.length() > 80) {
      throw new InvalidInputException("lab", "test.lab", "lab name too long");
    }
    TestResult.Outcome outcome = TestResult.Outcome.valueOf(r.result().name());
    em.persist(new TestResult(r.citizenId(), r.sampleTime(), r.resultTime(), outcome, lab));
    if (r.result() == TestOutcome.POSITIVE) {
      em.persist(
          new HealthCondition(
              r.citizenId(),
              ConditionType.POSITIVE_RESULT,
              r.sampleTime(),
              ConditionSource.LAB,
              lab,
              null,
              null));
    }
    em.flush();
    recolouring.reevaluate(
        r.citizenId(), ColourChange.Source.RULE, null, "test result from " + lab);
  }

  @Override
  public long startCondition(
      long citizenId,
      ConditionType type,
      Instant since,
      ConditionSource source,
      String sourceRef,
      String staffId,
      String note) {
    requireCitizen(citizenId);
    if (type == null || type == ConditionType.PERIODIC_TEST_OVERDUE) {
      throw new InvalidInputException(
          "type", "condition.type", "this condition cannot be recorded");
    }
    HealthCondition condition =
        new HealthCondition(
            citizenId,
            type,
            since == null ? Instant.now() : since,
            source,
            sourceRef,
            staffId,
            note);
    em.persist(condition);
    em.flush();
    recolouring.reevaluate(
        citizenId,
        source == ConditionSource.STAFF ? ColourChange.Source.STAFF : ColourChange.Source.RULE,
        staffId,
        note);
    return condition.id();
  }

  @Override
  public void endCondition(long conditionId, String reason, String staffId) {
    HealthCondition condition = em.find(HealthCondition.class, conditionId);
    if (condition == null) {
      throw new InvalidInputException("condition", "condition.unknown", "no such condition");
    }
    condition.end(Instant.now(), reason == null ? "STAFF_DECISION" : reason);
    em.flush();
    recolouring.reevaluate(condition.citizenId(), ColourChange.Source.STAFF, staffId, reason);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int reevaluate(Collection<Long> citizenIds) {
    List<Long> ids = new ArrayList<>(citizenIds);
    int changed = 0;
    for (int from = 0; from < ids.size(); from += BATCH) {
      changed += batch.run(ids.subList(from, Math.min(ids.size(), from + BATCH)));
    }
    return changed;
  }

  @Override
  public List<ColourChangeView> history(long citizenId) {
    return store.colourChanges(citizenId, 200).stream()
        .map(
            c ->
                new ColourChangeView(
                    c.fromColour(),
                    c.toColour(),
                    c.reasonCategory(),
                    c.reasonCode(),
                    c.source().name(),
                    c.staffId(),
                    c.detail(),
                    c.changedAt()))
        .toList();
  }

  @Override
  public List<TestResultView> testResults(long citizenId) {
    return store.testResults(citizenId, 100).stream()
        .map(
            t ->
                new TestResultView(
                    t.sampleTime(),
                    t.resultTime(),
                    TestOutcome.valueOf(t.result().name()),
                    t.lab(),
                    t.tubeBarcode()))
        .toList();
  }

  private void requireCitizen(long citizenId) {
    if (em.find(Citizen.class, citizenId) == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
  }
}
