package com.onecodepass.codeissue.resultimport.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition's share of a result file as stripes of whole lines, written into the partition plan
 * as text ("lines before:from byte:to byte;..."; to is -1 for the file's end) and read back by the
 * partition's reader.
 */
final class Stripes {

  /**
   * Lines before the stripe's first line, its first byte, the first byte after it (-1: the end).
   */
  record Stripe(long line, long from, long to) {

    /** Whether a line starting at this offset is still this stripe's. */
    boolean holds(long offset) {
      return to < 0 || offset < to;
    }
  }

  private Stripes() {}

  /**
   * Deals the stripes that begin at {@code starts} ({lines before, byte offset} in file order) in
   * turn to up to {@code partitions} partitions: one text per partition that gets any.
   */
  static List<String> deal(List<long[]> starts, int partitions) {
    int n = Math.max(1, Math.min(partitions, starts.size()));
    List<StringBuilder> shares = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shares.add(new StringBuilder());
    }
    for (int j = 0; j < starts.size(); j++) {
      long to = j + 1 < starts.size() ? starts.get(j + 1)[1] : -1;
      StringBuilder share = shares.get(j % n);
      if (!share.isEmpty()) {
        share.append(';');
      }
      share.append(starts.get(j)[0]).append(':').append(starts.get(j)[1]).append(':').append(to);
    }
    return shares.stream().map(StringBuilder::toString).toList();
  }

  /** A partition's stripes; none given (a plan from before stripes) is the whole file. */
  static List<Stripe> parse(String share) {
    List<Stripe> stripes = new ArrayList<>();
    if (share == null || share.isBlank()) {
      stripes.add(new Stripe(0, 0, -1));
      return stripes;
    }
    for (String stripe : share.split(";")) {
      String[] parts = stripe.split(":");
      stripes.add(
          new Stripe(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
    }
    return stripes;
  }

  /**
   * The stripe a checkpoint at {@code offset} (the start of the next line to read) resumes in: the
   * first that has not ended before it; {@code stripes.size()} if all have.
   */
  static int resumeAt(List<Stripe> stripes, long offset) {
    for (int i = 0; i < stripes.size(); i++) {
      if (stripes.get(i).holds(offset)) {
        return i;
      }
    }
    return stripes.size();
  }
}
