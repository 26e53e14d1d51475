package com.onecodepass.platform.api;

/**
 * Where a periodic roll-up over an insert-only table with auto-increment ids stands: every id up to
 * {@code doneId} has been counted, and {@code seenMaxId} is the highest id the previous run saw.
 *
 * <p>Auto-increment ids are handed out before commit, so at any instant a row with a lower id can
 * still be invisible while a higher one is committed; a roll-up that jumped straight to the current
 * maximum would skip that row forever. Each run therefore counts only up to the maximum seen one
 * run earlier (a minute ago under the timer): an insert transaction that allocated an id then has
 * had a whole period to commit. Figures lag by one to two periods; that is the price of never
 * reading a row twice or missing one.
 */
public record RollupWindow(long doneId, long seenMaxId) {

  /** The ids to count now, {@code (fromExclusive, toInclusive]}, and the state after counting. */
  public record Step(long fromExclusive, long toInclusive, RollupWindow next) {
    public boolean isEmpty() {
      return toInclusive <= fromExclusive;
    }
  }

  /**
   * @param currentMaxId the highest id in the table now
   * @param batchLimit most ids to count in one run; a backlog is worked off over several runs
   */
  public Step step(long currentMaxId, long batchLimit) {
    long to = Math.max(doneId, Math.min(seenMaxId, doneId + Math.max(1, batchLimit)));
    // While catching up, the old horizon still holds; once reached, the next horizon is what
    // exists now.
    long nextSeen = to < seenMaxId ? seenMaxId : Math.max(to, currentMaxId);
    return new Step(doneId, to, new RollupWindow(to, nextSeen));
  }
}
