package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dry run behind a risk-area preview: the evaluator applied to each person as if one more
 * condition had been recorded. Pure, so the arithmetic is unit-tested; the re-evaluation that
 * applying does later runs the same evaluator, so preview and outcome agree.
 */
public final class ConditionForecast {

  /** What is known about one person, as the evaluator needs it. */
  public record Person(
      CodeColour current,
      List<ConditionFact> open,
      List<TestFact> tests,
      String testGroup,
      Instant since,
      boolean alreadyRecorded) {}

  private ConditionForecast() {}

  public static CodeColour colourWith(
      RuleSet rules, Person person, ConditionType type, Instant now) {
    List<ConditionFact> facts = new ArrayList<>(person.open());
    if (!person.alreadyRecorded()) {
      facts.add(new ConditionFact(-1, type, person.since()));
    }
    return ColourEvaluator.evaluate(rules, facts, person.tests(), person.testGroup(), now).colour();
  }

  public static ColourForecast forecast(
      RuleSet rules, List<Person> people, ConditionType type, Instant now) {
    Map<String, Long> transitions = new TreeMap<>();
    long already = 0;
    for (Person person : people) {
      if (person.alreadyRecorded()) {
        already++;
      }
      CodeColour to = colourWith(rules, person, type, now);
      transitions.merge(ColourForecast.key(person.current(), to), 1L, Long::sum);
    }
    return new ColourForecast(people.size(), already, transitions);
  }
}
