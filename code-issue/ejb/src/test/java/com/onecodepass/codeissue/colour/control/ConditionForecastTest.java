package com.onecodepass.codeissue.colour.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionForecastTest {

  private static final RuleSet RULES = RuleSetJson.defaults();
  private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant VISIT = NOW.minus(Duration.ofDays(2));

  private static ConditionForecast.Person green() {
    return new ConditionForecast.Person(CodeColour.GREEN, List.of(), List.of(), null, VISIT, false);
  }

  private static ConditionForecast.Person red() {
    return new ConditionForecast.Person(
        CodeColour.RED,
        List.of(new ConditionFact(1, ConditionType.CONFIRMED_CASE, VISIT)),
        List.of(),
        null,
        VISIT,
        false);
  }

  @Test
  void countsPeoplePerColourChange() {
    ColourForecast f =
        ConditionForecast.forecast(
            RULES, List.of(green(), green(), red()), ConditionType.HIGH_RISK_AREA_TRIP, NOW);
    assertThat(f.people()).isEqualTo(3);
    assertThat(f.count(CodeColour.GREEN, CodeColour.YELLOW)).isEqualTo(2);
    assertThat(f.count(CodeColour.RED, CodeColour.RED)).isEqualTo(1);
    assertThat(f.changing()).isEqualTo(2);
    assertThat(f.alreadyRecorded()).isZero();
  }

  @Test
  void aVisitAlreadyClearedByTestsChangesNothing() {
    ConditionForecast.Person tested =
        new ConditionForecast.Person(
            CodeColour.GREEN,
            List.of(),
            List.of(
                new TestFact(VISIT.plus(Duration.ofHours(1)), true),
                new TestFact(VISIT.plus(Duration.ofHours(30)), true)),
            null,
            VISIT,
            false);
    assertThat(ConditionForecast.colourWith(RULES, tested, ConditionType.HIGH_RISK_AREA_TRIP, NOW))
        .isEqualTo(CodeColour.GREEN);
    // One negative is enough to leave a medium-risk area's yellow, not a high-risk one's.
    ConditionForecast.Person once =
        new ConditionForecast.Person(
            CodeColour.GREEN,
            List.of(),
            List.of(new TestFact(VISIT.plus(Duration.ofHours(1)), true)),
            null,
            VISIT,
            false);
    assertThat(ConditionForecast.colourWith(RULES, once, ConditionType.MEDIUM_RISK_AREA_TRIP, NOW))
        .isEqualTo(CodeColour.GREEN);
    assertThat(ConditionForecast.colourWith(RULES, once, ConditionType.HIGH_RISK_AREA_TRIP, NOW))
        .isEqualTo(CodeColour.YELLOW);
  }

  @Test
  void peopleWhoAlreadyHaveTheConditionAreCountedButNotAddedAgain() {
    ConditionForecast.Person yellow =
        new ConditionForecast.Person(
            CodeColour.YELLOW,
            List.of(new ConditionFact(9, ConditionType.HIGH_RISK_AREA_TRIP, VISIT)),
            List.of(),
            null,
            VISIT,
            true);
    ColourForecast f =
        ConditionForecast.forecast(
            RULES, List.of(yellow, green()), ConditionType.HIGH_RISK_AREA_TRIP, NOW);
    assertThat(f.alreadyRecorded()).isEqualTo(1);
    assertThat(f.count(CodeColour.YELLOW, CodeColour.YELLOW)).isEqualTo(1);
    assertThat(f.changing()).isEqualTo(1);
  }

  @Test
  void chunksAddUp() {
    ColourForecast a = new ColourForecast(3, 1, Map.of("GREEN>YELLOW", 2L, "RED>RED", 1L));
    ColourForecast b = new ColourForecast(2, 0, Map.of("GREEN>YELLOW", 1L, "YELLOW>YELLOW", 1L));
    ColourForecast sum = a.plus(b);
    assertThat(sum.people()).isEqualTo(5);
    assertThat(sum.alreadyRecorded()).isEqualTo(1);
    assertThat(sum.count(CodeColour.GREEN, CodeColour.YELLOW)).isEqualTo(3);
    assertThat(sum.changing()).isEqualTo(3);
    assertThat(ColourForecast.NONE.plus(a)).isEqualTo(a);
  }
}
