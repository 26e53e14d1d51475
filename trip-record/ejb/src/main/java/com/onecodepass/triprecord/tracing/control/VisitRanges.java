package com.onecodepass.triprecord.tracing.control;

import com.onecodepass.triprecord.tracing.control.CompanionFinder.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Traced visits at one venue whose windows overlap, read as one range of the (venue, time) index. A
 * case's contacts were found beside the case, so their own visits repeat the same venues at the
 * same hours: at city density a secondary trace of 100 contacts read one busy venue's morning ~100
 * times (1.8 M rows, 10 s). Merged, each row is read once and handed to every visit whose window
 * holds it — the same pairs as one read per visit, never a row outside every window.
 */
record VisitRanges(long venueId, Instant from, Instant to, List<Visit> visits) {

  /** The ranges covering {@code visits}, each visit in exactly one; visits sorted by time. */
  static List<VisitRanges> of(List<Visit> visits, Duration window) {
    List<Visit> sorted = new ArrayList<>(visits);
    sorted.sort(Comparator.comparingLong(Visit::venueId).thenComparing(Visit::at));
    List<VisitRanges> ranges = new ArrayList<>();
    VisitRanges open = null;
    for (Visit v : sorted) {
      Instant from = v.at().minus(window);
      Instant to = v.at().plus(window);
      if (open != null && open.venueId == v.venueId() && !from.isAfter(open.to)) {
        open.visits.add(v);
        open =
            new VisitRanges(
                open.venueId, open.from, to.isAfter(open.to) ? to : open.to, open.visits);
        ranges.set(ranges.size() - 1, open);
      } else {
        open = new VisitRanges(v.venueId(), from, to, new ArrayList<>(List.of(v)));
        ranges.add(open);
      }
    }
    return ranges;
  }

  /**
   * Each visit of this range whose window [at - window, at + window] holds {@code otherAt}, as a
   * read per visit (BETWEEN, both ends included) would have returned the row for it.
   */
  void visitsHolding(Instant otherAt, Duration window, Consumer<Visit> each) {
    Instant earliest = otherAt.minus(window);
    int i = firstAtOrAfter(earliest);
    Instant latest = otherAt.plus(window);
    for (; i < visits.size() && !visits.get(i).at().isAfter(latest); i++) {
      each.accept(visits.get(i));
    }
  }

  private int firstAtOrAfter(Instant t) {
    int low = 0;
    int high = visits.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (visits.get(mid).at().isBefore(t)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
