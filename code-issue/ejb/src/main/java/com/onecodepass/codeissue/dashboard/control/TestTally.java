package com.onecodepass.codeissue.dashboard.control;

import com.onecodepass.platform.api.HourWindows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a batch of new test results into changes of {@code dash_test_hourly}. Every result adds a
 * test at its sample hour. Each person is counted once, at the hour of their latest sample: a newer
 * sample moves them from the old hour to the new one, an older (late-reported) one leaves them
 * where they are. So the sum of {@code people_latest} over the last N hours is exactly the number
 * of different people with a sample in that window: their latest sample is in it if any is.
 */
public final class TestTally {

  /** One new result: who, their district, when the sample was taken. */
  public record Sample(long citizenId, String districtCode, Instant sampleTime) {}

  /** An aggregate row. */
  public record Key(String districtCode, long epochHour) {}

  /** What to add to a row. */
  public record Delta(long tests, long people) {
    Delta plus(long t, long p) {
      return new Delta(tests + t, people + p);
    }
  }

  private TestTally() {}

  /**
   * @param previousLatest each person's latest sample among results counted before this batch
   * @param oldestKeptHour rows older than this are pruned; a person's move out of one is not
   *     recorded (it would only resurrect a pruned row)
   */
  public static Map<Key, Delta> tally(
      List<Sample> batch, Map<Long, Instant> previousLatest, long oldestKeptHour) {
    Map<Key, Delta> deltas = new HashMap<>();
    Map<Long, Sample> newestOfBatch = new HashMap<>();
    for (Sample s : batch) {
      add(deltas, new Key(s.districtCode(), HourWindows.epochHour(s.sampleTime())), 1, 0);
      newestOfBatch.merge(
          s.citizenId(), s, (a, b) -> b.sampleTime().isAfter(a.sampleTime()) ? b : a);
    }
    for (Sample newest : newestOfBatch.values()) {
      Instant before = previousLatest.get(newest.citizenId());
      if (before != null && !newest.sampleTime().isAfter(before)) {
        continue;
      }
      if (before != null && HourWindows.epochHour(before) >= oldestKeptHour) {
        add(deltas, new Key(newest.districtCode(), HourWindows.epochHour(before)), 0, -1);
      }
      add(deltas, new Key(newest.districtCode(), HourWindows.epochHour(newest.sampleTime())), 0, 1);
    }
    return deltas;
  }

  private static void add(Map<Key, Delta> deltas, Key key, long tests, long people) {
    deltas.merge(key, new Delta(tests, people), (a, b) -> a.plus(b.tests(), b.people()));
  }
}
