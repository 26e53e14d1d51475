package com.onecodepass.triprecord.tracing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.triprecord.tracing.control.CompanionFinder.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitRangesTest {

  private static final Duration WINDOW = Duration.ofMinutes(30);
  private static final Instant T = Instant.parse("2026-12-05T01:00:00Z");

  @Test
  void overlappingWindowsAtOneVenueAreOneRead() {
    Visit a = new Visit(1, 7, T);
    Visit b = new Visit(2, 7, T.plus(Duration.ofMinutes(50))); // windows meet at T+20..T+30
    Visit elsewhere = new Visit(3, 8, T);
    Visit later = new Visit(4, 7, T.plus(Duration.ofHours(3)));

    List<VisitRanges> ranges = VisitRanges.of(List.of(later, b, elsewhere, a), WINDOW);

    assertThat(ranges).hasSize(3);
    assertThat(ranges.get(0).venueId()).isEqualTo(7);
    assertThat(ranges.get(0).visits()).containsExactly(a, b);
    assertThat(ranges.get(0).from()).isEqualTo(T.minus(WINDOW));
    assertThat(ranges.get(0).to()).isEqualTo(T.plus(Duration.ofMinutes(80)));
    assertThat(ranges.get(1).visits()).containsExactly(later);
    assertThat(ranges.get(2).visits()).containsExactly(elsewhere);
  }

  @Test
  void aRowGoesToEveryVisitWhoseWindowHoldsItBothEndsIncluded() {
    Visit a = new Visit(1, 7, T);
    Visit b = new Visit(2, 7, T.plus(Duration.ofMinutes(20)));
    VisitRanges range = VisitRanges.of(List.of(a, b), WINDOW).get(0);

    assertThat(holding(range, T.plus(Duration.ofMinutes(40)))).containsExactly(b);
    assertThat(holding(range, T.plus(Duration.ofMinutes(10)))).containsExactly(a, b);
    assertThat(holding(range, T.minus(WINDOW))).containsExactly(a);
    assertThat(holding(range, T.plus(Duration.ofMinutes(50)))).containsExactly(b);
    assertThat(holding(range, T.plus(Duration.ofMinutes(51)))).isEmpty();
  }

  /** The merged reads hand out exactly the pairs one read per visit would have found. */
  @Test
  void theSamePairsAsOneReadPerVisit() {
    Random random = new Random(16);
    for (int round = 0; round < 200; round++) {
      List<Visit> visits = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        visits.add(new Visit(i, random.nextInt(4), T.plusSeconds(random.nextInt(6 * 3600))));
      }
      Set<String> perVisit = new HashSet<>();
      Set<String> merged = new HashSet<>();
      List<VisitRanges> ranges = VisitRanges.of(visits, WINDOW);
      assertThat(ranges.stream().mapToInt(r -> r.visits().size()).sum()).isEqualTo(visits.size());
      for (int r = 0; r < 300; r++) {
        long venue = random.nextInt(4);
        Instant at = T.plusSeconds(random.nextInt(7 * 3600) - 1800);
        for (Visit v : visits) {
          if (v.venueId() == venue
              && !at.isBefore(v.at().minus(WINDOW))
              && !at.isAfter(v.at().plus(WINDOW))) {
            perVisit.add(v + "@" + at);
          }
        }
        for (VisitRanges range : ranges) {
          if (range.venueId() == venue && !at.isBefore(range.from()) && !at.isAfter(range.to())) {
            range.visitsHolding(at, WINDOW, v -> merged.add(v + "@" + at));
          }
        }
      }
      assertThat(merged).isEqualTo(perVisit);
    }
  }

  private static List<Visit> holding(VisitRanges range, Instant at) {
    List<Visit> found = new ArrayList<>();
    range.visitsHolding(at, WINDOW, found::add);
    return found;
  }
}
