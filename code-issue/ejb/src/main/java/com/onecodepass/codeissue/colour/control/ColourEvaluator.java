package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a rule set to what is known about one person. Pure: no clock, no database, so every rule,
 * priority and window edge is unit-tested.
 */
public final class ColourEvaluator {

  private ColourEvaluator() {}

  public static Evaluation evaluate(
      RuleSet rules,
      List<ConditionFact> openConditions,
      List<TestFact> tests,
      String testGroup,
      Instant now) {
    List<ActiveReason> reasons = new ArrayList<>();
    List<Long> toClose = new ArrayList<>();
    for (ConditionFact condition : openConditions) {
      Optional<Rule> rule = rules.ruleFor(condition.type());
      if (rule.isEmpty()) {
        continue; // a condition the current rule set does not colour
      }
      if (exitMet(rule.get().exit(), condition.startedAt(), tests, now)) {
        toClose.add(condition.id());
      } else {
        reasons.add(reason(rule.get(), condition.startedAt()));
      }
    }
    periodicTestOverdue(rules, tests, testGroup, now).ifPresent(reasons::add);
    reasons.sort(
        Comparator.comparingInt(ActiveReason::priority)
            .reversed()
            .thenComparing(ActiveReason::since));
    CodeColour colour = reasons.isEmpty() ? CodeColour.GREEN : reasons.get(0).colour();
    return new Evaluation(colour, List.copyOf(reasons), List.copyOf(toClose));
  }

  /** Whether a condition that started at {@code start} has ended under {@code exit}. */
  static boolean exitMet(ExitPolicy exit, Instant start, List<TestFact> tests, Instant now) {
    if (exit.staffOnly()) {
      return false;
    }
    boolean quarantineOver = !now.isBefore(start.plus(Duration.ofDays(exit.quarantineDays())));
    return quarantineOver
        && spacedNegativesAfter(start, tests, exit.negativeSpacingHours()) >= exit.negativeTests();
  }

  /**
   * Counts negatives sampled after {@code start}, each at least {@code spacingHours} after the
   * previous counted one; a positive sampled after start resets the count.
   */
  static int spacedNegativesAfter(Instant start, List<TestFact> tests, int spacingHours) {
    List<TestFact> after =
        tests.stream()
            .filter(t -> t.sampledAt().isAfter(start))
            .sorted(Comparator.comparing(TestFact::sampledAt))
            .toList();
    int count = 0;
    Instant lastCounted = null;
    for (TestFact test : after) {
      if (!test.negative()) {
        count = 0;
        lastCounted = null;
      } else if (lastCounted == null
          || !test.sampledAt().isBefore(lastCounted.plus(Duration.ofHours(spacingHours)))) {
        count++;
        lastCounted = test.sampledAt();
      }
    }
    return count;
  }

  private static Optional<ActiveReason> periodicTestOverdue(
      RuleSet rules, List<TestFact> tests, String testGroup, Instant now) {
    if (testGroup == null || !rules.periodicTestHours().containsKey(testGroup)) {
      return Optional.empty();
    }
    Optional<Rule> rule = rules.ruleFor(ConditionType.PERIODIC_TEST_OVERDUE);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    Duration interval = Duration.ofHours(rules.periodicTestHours().get(testGroup));
    Optional<Instant> latestNegative =
        tests.stream()
            .filter(TestFact::negative)
            .map(TestFact::sampledAt)
            .max(Comparator.naturalOrder());
    if (latestNegative.isPresent() && !now.isAfter(latestNegative.get().plus(interval))) {
      return Optional.empty();
    }
    Instant since = latestNegative.map(t -> t.plus(interval)).orElse(now);
    return Optional.of(reason(rule.get(), since));
  }

  private static ActiveReason reason(Rule rule, Instant since) {
    return new ActiveReason(
        rule.condition(), rule.colour(), rule.priority(), rule.category(), since);
  }
}
