package com.onecodepass.web.platform;

import java.util.concurrent.atomic.LongAdder;

/**
 * Durations counted into fixed buckets, Prometheus style (cumulative when read). LongAdders keep
 * recording free of contention, so it can sit on a hot path or an I/O thread.
 */
public final class LatencyHistogram {

  private final double[] bounds;
  private final LongAdder[] buckets;
  private final LongAdder count = new LongAdder();
  private final LongAdder nanos = new LongAdder();

  /** {@code boundsSeconds}: the buckets' upper bounds in seconds, ascending. */
  public LatencyHistogram(double... boundsSeconds) {
    this.bounds = boundsSeconds.clone();
    this.buckets = new LongAdder[bounds.length];
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  public void record(long durationNanos) {
    count.increment();
    nanos.add(durationNanos);
    double seconds = durationNanos / 1e9;
    for (int i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]) {
        buckets[i].increment();
        return;
      }
    }
  }

  public Snapshot snapshot() {
    long[] cumulative = new long[bounds.length];
    long running = 0;
    for (int i = 0; i < bounds.length; i++) {
      running += buckets[i].sum();
      cumulative[i] = running;
    }
    return new Snapshot(bounds.clone(), cumulative, count.sum(), nanos.sum());
  }

  /**
   * Counts since start: {@code cumulative[i]} durations were at most {@code bounds[i]} seconds; the
   * rest of {@code count} were longer.
   */
  public record Snapshot(double[] bounds, long[] cumulative, long count, long totalNanos) {}
}
