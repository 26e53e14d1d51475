package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.testing.ResultFields;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.TestResultItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A lab's result, for one person or for one pooled tube (exactly one of the two). Recorded by
 * code-issue's {@link Sampling} as the staff member {@code api:<client>}, so the result's history
 * tells which integrator sent it.
 */
@ApplicationScoped
public class TestResultHandler implements ItemHandler<TestResultItem> {

  @EJB Sampling sampling;
  @EJB ItemTransactions items;

  @Override
  public String operation() {
    return "test-results";
  }

  @Override
  public List<Object> canonical(TestResultItem r) {
    return Arrays.asList(
        r.residentId(),
        r.tubeBarcode(),
        r.outcome(),
        ItemRules.canonicalTime(r.sampleTime()),
        ItemRules.canonicalTime(r.resultTime()),
        r.lab());
  }

  @Override
  public void handle(ItemRef ref, TestResultItem r) {
    boolean person = r.residentId() != null && !r.residentId().isBlank();
    boolean tube = r.tubeBarcode() != null && !r.tubeBarcode().isBlank();
    if (person == tube) {
      throw new ItemRejected(person ? ItemReason.AMBIGUOUS_SUBJECT : ItemReason.MISSING_FIELD);
    }
    ResidentId id = person ? ItemRules.person(r.residentId()) : null;
    if (tube) {
      ResultFields.barcode(r.tubeBarcode());
    }
    TestOutcome outcome = ResultFields.outcome(r.outcome());
    Instant resultTime = ItemRules.time(r.resultTime(), true);
    Instant sampleTime = ItemRules.time(r.sampleTime(), false);
    if (sampleTime != null && sampleTime.isAfter(resultTime)) {
      throw new ItemRejected(ItemReason.INVALID_TIME);
    }
    String lab = ItemRules.text(r.lab(), 80);
    String staffId = "api:" + ref.clientId();
    items.applyOnce(
        ref,
        person
            ? () ->
                sampling.recordIndividualResult(
                    id.value(),
                    outcome,
                    sampleTime == null ? resultTime : sampleTime,
                    resultTime,
                    lab,
                    staffId)
            : () ->
                sampling.recordTubeResult(
                    r.tubeBarcode().strip(), outcome, resultTime, lab, staffId));
  }
}
