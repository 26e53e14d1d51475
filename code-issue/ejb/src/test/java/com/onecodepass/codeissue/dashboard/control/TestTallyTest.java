package com.onecodepass.codeissue.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.dashboard.control.TestTally.Delta;
import com.onecodepass.codeissue.dashboard.control.TestTally.Key;
import com.onecodepass.codeissue.dashboard.control.TestTally.Sample;
import com.onecodepass.platform.api.HourWindows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestTallyTest {

  private static final Instant T = Instant.parse("2026-03-10T08:20:00Z");
  private static final long H = HourWindows.epochHour(T);

  @Test
  void aFirstTestCountsATestAndAPersonAtTheSampleHour() {
    Map<Key, Delta> d = TestTally.tally(List.of(new Sample(1, "610113", T)), Map.of(), 0);
    assertThat(d).containsExactly(Map.entry(new Key("610113", H), new Delta(1, 1)));
  }

  @Test
  void aNewerSampleMovesThePersonFromTheirPreviousHour() {
    Instant before = T.minusSeconds(30 * 3600);
    Map<Key, Delta> d = TestTally.tally(List.of(new Sample(1, "610113", T)), Map.of(1L, before), 0);
    assertThat(d)
        .containsEntry(new Key("610113", H), new Delta(1, 1))
        .containsEntry(new Key("610113", H - 30), new Delta(0, -1))
        .hasSize(2);
  }

  @Test
  void aLateResultForAnOlderSampleAddsATestButNotAPerson() {
    Map<Key, Delta> d =
        TestTally.tally(List.of(new Sample(1, "610113", T.minusSeconds(7200))), Map.of(1L, T), 0);
    assertThat(d).containsExactly(Map.entry(new Key("610113", H - 2), new Delta(1, 0)));
  }

  @Test
  void severalSamplesOfOnePersonInABatchCountThemOnceAtTheNewest() {
    Map<Key, Delta> d =
        TestTally.tally(
            List.of(
                new Sample(1, "610113", T.minusSeconds(3600)),
                new Sample(1, "610113", T),
                new Sample(2, "610104", T)),
            Map.of(),
            0);
    assertThat(d)
        .containsEntry(new Key("610113", H - 1), new Delta(1, 0))
        .containsEntry(new Key("610113", H), new Delta(1, 1))
        .containsEntry(new Key("610104", H), new Delta(1, 1))
        .hasSize(3);
  }

  @Test
  void aMoveOutOfAPrunedHourIsNotRecorded() {
    Map<Key, Delta> d =
        TestTally.tally(
            List.of(new Sample(1, "610113", T)), Map.of(1L, T.minusSeconds(10 * 86400)), H - 72);
    assertThat(d).containsExactly(Map.entry(new Key("610113", H), new Delta(1, 1)));
  }

  @Test
  void summingPeopleOverAWindowCountsDifferentPeopleTested() {
    // Three people, five results over three days; apply batch by batch like the roll-up does.
    Map<Key, Long> people = new HashMap<>();
    Map<Long, Instant> latest = new HashMap<>();
    List<List<Sample>> batches =
        List.of(
            List.of(
                new Sample(1, "d", T.minusSeconds(60 * 3600)),
                new Sample(2, "d", T.minusSeconds(50 * 3600))),
            List.of(
                new Sample(1, "d", T.minusSeconds(10 * 3600)),
                new Sample(3, "d", T.minusSeconds(30 * 3600))),
            List.of(new Sample(2, "d", T.minusSeconds(2 * 3600))));
    for (List<Sample> batch : batches) {
      TestTally.tally(batch, latest, 0).forEach((k, v) -> people.merge(k, v.people(), Long::sum));
      batch.forEach(
          s -> latest.merge(s.citizenId(), s.sampleTime(), (a, b) -> a.isAfter(b) ? a : b));
    }
    assertThat(peopleSince(people, H - 23)).isEqualTo(2); // 1 and 2
    assertThat(peopleSince(people, H - 47)).isEqualTo(3); // and 3
    assertThat(peopleSince(people, H - 71)).isEqualTo(3);
  }

  private static long peopleSince(Map<Key, Long> people, long fromHour) {
    return people.entrySet().stream()
        .filter(e -> e.getKey().epochHour() >= fromHour)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
