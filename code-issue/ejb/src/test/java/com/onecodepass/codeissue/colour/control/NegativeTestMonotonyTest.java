package com.onecodepass.codeissue.colour.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The result import's recolour step skips the evaluation of a green person whose new results are
 * all negative (RecolourWriter). That is only sound if one more negative test can never add a
 * reason or make a colour worse; checked here over many random histories with the default rules.
 */
class NegativeTestMonotonyTest {

  private static final RuleSet RULES = RuleSetJson.defaults();
  private static final Instant NOW = Instant.parse("2022-01-20T08:00:00Z");
  private static final ConditionType[] STORED =
      java.util.Arrays.stream(ConditionType.values())
          .filter(t -> t != ConditionType.PERIODIC_TEST_OVERDUE)
          .toArray(ConditionType[]::new);

  @Test
  void anotherNegativeNeverAddsAReasonNorMakesTheColourWorse() {
    Random random = new Random(20261127);
    String[] groups = {null, "MEDICAL", "UNKNOWN_GROUP"};
    int greenStayedGreen = 0;
    for (int run = 0; run < 10_000; run++) {
      List<ConditionFact> conditions = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        conditions.add(
            new ConditionFact(
                i, STORED[random.nextInt(STORED.length)], NOW.minus(hours(random, 20 * 24))));
      }
      List<TestFact> tests = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        tests.add(new TestFact(NOW.minus(hours(random, 20 * 24)), random.nextInt(8) != 0));
      }
      String group = groups[random.nextInt(groups.length)];
      Evaluation before = ColourEvaluator.evaluate(RULES, conditions, tests, group, NOW);

      List<TestFact> more = new ArrayList<>(tests);
      more.add(new TestFact(NOW.minus(hours(random, 20 * 24)), true));
      Evaluation after = ColourEvaluator.evaluate(RULES, conditions, more, group, NOW);

      assertThat(conditionsOf(after)).isSubsetOf(conditionsOf(before));
      assertThat(rank(after.colour())).isLessThanOrEqualTo(rank(before.colour()));
      if (before.colour() == CodeColour.GREEN) {
        assertThat(after.colour()).isEqualTo(CodeColour.GREEN);
        greenStayedGreen++;
      }
    }
    assertThat(greenStayedGreen).as("the random histories include green people").isGreaterThan(500);
  }

  private static Set<ConditionType> conditionsOf(Evaluation e) {
    return e.reasons().stream().map(ActiveReason::condition).collect(Collectors.toSet());
  }

  private static int rank(CodeColour colour) {
    return switch (colour) {
      case GREEN -> 0;
      case YELLOW -> 1;
      case RED -> 2;
    };
  }

  private static Duration hours(Random random, int max) {
    return Duration.ofMinutes(random.nextInt(max * 60));
  }
}
