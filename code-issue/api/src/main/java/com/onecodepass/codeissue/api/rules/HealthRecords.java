package com.onecodepass.codeissue.api.rules;

import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.codeissue.api.testing.TestResultView;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What is recorded about a person's health, and the recolouring it triggers: every method that
 * changes a record re-evaluates exactly the people it affects, in the same transaction.
 */
@Local
public interface HealthRecords {

  /** Stores a result; a positive one also opens a {@link ConditionType#POSITIVE_RESULT}. */
  void recordTestResult(TestResultRecord result);

  /**
   * Opens a condition (a case or contact decision, a risky trip, …) and recolours the person.
   *
   * @return the condition id
   */
  long startCondition(
      long citizenId,
      ConditionType type,
      Instant since,
      ConditionSource source,
      String sourceRef,
      String staffId,
      String note);

  /** Ends a condition by decision (staff, appeal); the person is recoloured. */
  void endCondition(long conditionId, String reason, String staffId);

  /**
   * Re-evaluates many people in short transactions of a few hundred each, so a risk area covering
   * 200,000 people never holds locks for long or starves the hot path.
   *
   * @return how many changed colour
   */
  int reevaluate(Collection<Long> citizenIds);

  List<ColourChangeView> history(long citizenId);

  List<TestResultView> testResults(long citizenId);
}
