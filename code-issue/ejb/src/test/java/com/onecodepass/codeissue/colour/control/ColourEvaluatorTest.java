package com.onecodepass.codeissue.colour.control;

import static com.onecodepass.codeissue.api.code.CodeColour.GREEN;
import static com.onecodepass.codeissue.api.code.CodeColour.RED;
import static com.onecodepass.codeissue.api.code.CodeColour.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table: each rule alone, priorities, exit windows at their edges. */
class ColourEvaluatorTest {

  static final RuleSet RULES = RuleSetJson.defaults();
  static final Instant T0 = Instant.parse("2022-01-04T08:00:00Z");

  private final List<ConditionFact> conditions = new ArrayList<>();
  private final List<TestFact> tests = new ArrayList<>();
  private String group;

  private Evaluation at(Instant now) {
    return ColourEvaluator.evaluate(RULES, conditions, tests, group, now);
  }

  private void condition(ConditionType type, Instant start) {
    conditions.add(new ConditionFact(conditions.size() + 1, type, start));
  }

  private void negative(Instant sampled) {
    tests.add(new TestFact(sampled, true));
  }

  private static Instant hours(double h) {
    return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
  }

  @Test
  void nothingKnownIsGreenWithNoReason() {
    Evaluation e = at(T0);
    assertThat(e.colour()).isEqualTo(GREEN);
    assertThat(e.primaryCategory()).isEqualTo("NONE");
  }

  @ParameterizedTest
  @CsvSource({
    "CONFIRMED_CASE, RED, CASE",
    "ASYMPTOMATIC_CASE, RED, CASE",
    "POSITIVE_RESULT, RED, TEST_POSITIVE",
    "CLOSE_CONTACT, RED, CLOSE_CONTACT",
    "STAFF_HOLD_RED, RED, STAFF_DECISION",
    "SECONDARY_CONTACT, YELLOW, CONTACT",
    "SPATIOTEMPORAL_COMPANION, YELLOW, COMPANION",
    "HIGH_RISK_AREA_TRIP, YELLOW, RISK_AREA",
    "POOL_POSITIVE, YELLOW, RETEST",
    "DECLARED_SYMPTOMS, YELLOW, SYMPTOMS",
    "ARRIVAL_FROM_RISK_CITY, YELLOW, ARRIVAL",
    "STAFF_HOLD_YELLOW, YELLOW, STAFF_DECISION"
  })
  void eachRuleAloneGivesItsColourAndCategory(
      ConditionType type, CodeColour colour, String category) {
    condition(type, T0);
    Evaluation e = at(hours(1));
    assertThat(e.colour()).isEqualTo(colour);
    assertThat(e.primaryCategory()).isEqualTo(category);
    assertThat(e.conditionsToClose()).isEmpty();
  }

  @Test
  void theHighestPriorityWinsAndEveryReasonIsListed() {
    condition(ConditionType.DECLARED_SYMPTOMS, T0);
    condition(ConditionType.CLOSE_CONTACT, hours(2));
    condition(ConditionType.SPATIOTEMPORAL_COMPANION, hours(1));
    Evaluation e = at(hours(3));
    assertThat(e.colour()).isEqualTo(RED);
    assertThat(e.reasons())
        .extracting(ActiveReason::condition)
        .containsExactly(
            ConditionType.CLOSE_CONTACT,
            ConditionType.SPATIOTEMPORAL_COMPANION,
            ConditionType.DECLARED_SYMPTOMS);
  }

  @Test
  void poolPositiveEndsWithOneIndividualNegativeSampledAfterIt() {
    condition(ConditionType.POOL_POSITIVE, T0);
    negative(T0.minusSeconds(1)); // before the pool: does not count
    assertThat(at(hours(1)).colour()).isEqualTo(YELLOW);
    negative(hours(5));
    Evaluation e = at(hours(6));
    assertThat(e.colour()).isEqualTo(GREEN);
    assertThat(e.conditionsToClose()).containsExactly(1L);
  }

  @Test
  void companionNeedsTwoNegativesAtLeast24HoursApart() {
    condition(ConditionType.SPATIOTEMPORAL_COMPANION, T0);
    negative(hours(2));
    negative(hours(25.99)); // 23h59m after the first: does not count as the second
    assertThat(at(hours(30)).colour()).isEqualTo(YELLOW);
    negative(hours(26)); // exactly 24 h after the first: counts
    assertThat(at(hours(30)).colour()).isEqualTo(GREEN);
  }

  @Test
  void closeContactStaysRedUntilQuarantineEndsEvenWithNegatives() {
    condition(ConditionType.CLOSE_CONTACT, T0);
    negative(hours(24));
    negative(hours(48));
    Instant lastMinuteOfQuarantine = T0.plus(Duration.ofDays(14)).minusSeconds(60);
    assertThat(at(lastMinuteOfQuarantine).colour()).isEqualTo(RED);
    assertThat(at(T0.plus(Duration.ofDays(14))).colour()).isEqualTo(GREEN);
  }

  @Test
  void closeContactStaysRedAfterQuarantineWithoutTests() {
    condition(ConditionType.CLOSE_CONTACT, T0);
    assertThat(at(T0.plus(Duration.ofDays(20))).colour()).isEqualTo(RED);
  }

  @Test
  void aPositiveBetweenNegativesRestartsTheCount() {
    condition(ConditionType.POSITIVE_RESULT, T0);
    negative(hours(24));
    tests.add(new TestFact(hours(48), false));
    negative(hours(72));
    assertThat(at(hours(80)).colour()).isEqualTo(RED);
    negative(hours(96));
    assertThat(at(hours(100)).colour()).isEqualTo(GREEN);
  }

  @Test
  void staffHoldsNeverEndByThemselves() {
    condition(ConditionType.STAFF_HOLD_YELLOW, T0);
    negative(hours(24));
    negative(hours(48));
    negative(hours(72));
    assertThat(at(T0.plus(Duration.ofDays(60))).colour()).isEqualTo(YELLOW);
  }

  @Test
  void periodicTestGroupTurnsYellowTheMomentTheIntervalIsExceeded() {
    group = "MEDICAL"; // 48 h
    negative(T0);
    assertThat(at(hours(48)).colour()).isEqualTo(GREEN);
    Evaluation overdue = at(hours(48).plusSeconds(1));
    assertThat(overdue.colour()).isEqualTo(YELLOW);
    assertThat(overdue.primaryCategory()).isEqualTo("TEST_OVERDUE");
    assertThat(overdue.reasons().get(0).since()).isEqualTo(hours(48));
  }

  @Test
  void peopleOutsideTestingGroupsAreNeverOverdue() {
    group = null;
    assertThat(at(T0.plus(Duration.ofDays(100))).colour()).isEqualTo(GREEN);
    group = "UNKNOWN_GROUP";
    assertThat(at(T0.plus(Duration.ofDays(100))).colour()).isEqualTo(GREEN);
  }

  @Test
  void aConditionTheRuleSetDoesNotColourIsIgnored() {
    RuleSet noSymptomsRule =
        new RuleSet(
            2,
            30,
            14,
            null,
            null,
            RULES.rules().stream()
                .filter(r -> r.condition() != ConditionType.DECLARED_SYMPTOMS)
                .toList());
    condition(ConditionType.DECLARED_SYMPTOMS, T0);
    assertThat(ColourEvaluator.evaluate(noSymptomsRule, conditions, tests, null, hours(1)).colour())
        .isEqualTo(GREEN);
  }

  @Test
  void yellowAndRedLeaveIndependently() {
    condition(ConditionType.POOL_POSITIVE, T0);
    condition(ConditionType.CLOSE_CONTACT, T0);
    negative(hours(3));
    Evaluation e = at(hours(4));
    assertThat(e.colour()).isEqualTo(RED);
    assertThat(e.conditionsToClose()).containsExactly(1L);
    assertThat(e.reasons())
        .extracting(ActiveReason::condition)
        .containsExactly(ConditionType.CLOSE_CONTACT);
  }
}
