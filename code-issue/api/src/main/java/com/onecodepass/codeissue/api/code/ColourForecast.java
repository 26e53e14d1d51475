package com.onecodepass.codeissue.api.code;

import java.util.Map;
import java.util.TreeMap;

/**
 * What recording one more condition for a group of people would do to their codes, computed without
 * changing anything: how many people go from each colour to each colour (unchanged people included,
 * as GREEN→GREEN and so on), and how many already carry the condition and would be skipped.
 *
 * @param transitions people per "FROM>TO" colour pair, e.g. {@code GREEN>YELLOW}
 */
public record ColourForecast(long people, long alreadyRecorded, Map<String, Long> transitions) {

  public ColourForecast {
    transitions = Map.copyOf(transitions);
  }

  public static final ColourForecast NONE = new ColourForecast(0, 0, Map.of());

  public static String key(CodeColour from, CodeColour to) {
    return from.name() + ">" + to.name();
  }

  /** People whose colour would change. */
  public long changing() {
    return transitions.entrySet().stream()
        .filter(e -> !sameColour(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public long count(CodeColour from, CodeColour to) {
    return transitions.getOrDefault(key(from, to), 0L);
  }

  /** Forecasts are computed in chunks; this adds two of them up. */
  public ColourForecast plus(ColourForecast other) {
    Map<String, Long> sum = new TreeMap<>(transitions);
    other.transitions.forEach((k, v) -> sum.merge(k, v, Long::sum));
    return new ColourForecast(people + other.people, alreadyRecorded + other.alreadyRecorded, sum);
  }

  private static boolean sameColour(String key) {
    int gt = key.indexOf('>');
    return key.substring(0, gt).equals(key.substring(gt + 1));
  }
}
