package com.onecodepass.web.operations;

import com.onecodepass.web.surge.RequestClass;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per request class on this node: completed requests, server errors, in flight, and a latency
 * histogram with fixed buckets (Prometheus style, cumulative at export). LongAdders keep the hot
 * path free of contention.
 */
@ApplicationScoped
public class RequestMetrics {

  /** Upper bounds in seconds; chosen around the 10 ms shedding and 50-150 ms p99 targets. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

  private final Map<RequestClass, PerClass> classes = new EnumMap<>(RequestClass.class);

  public RequestMetrics() {
    for (RequestClass c : RequestClass.values()) {
      classes.put(c, new PerClass());
    }
  }

  void started(RequestClass c) {
    classes.get(c).inFlight.incrementAndGet();
  }

  void finished(RequestClass c, long nanos, int status) {
    PerClass p = classes.get(c);
    p.inFlight.decrementAndGet();
    p.completed.increment();
    p.nanos.add(nanos);
    if (status >= 500) {
      p.serverErrors.increment();
    }
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        p.buckets[i].increment();
        return;
      }
    }
  }

  public Snapshot of(RequestClass c) {
    PerClass p = classes.get(c);
    long[] cumulative = new long[BUCKETS.length];
    long running = 0;
    for (int i = 0; i < BUCKETS.length; i++) {
      running += p.buckets[i].sum();
      cumulative[i] = running;
    }
    return new Snapshot(
        p.completed.sum(), p.serverErrors.sum(), p.inFlight.get(), p.nanos.sum(), cumulative);
  }

  /** Counters since start; {@code cumulativeBuckets[i]} counts requests at most BUCKETS[i] s. */
  public record Snapshot(
      long completed, long serverErrors, int inFlight, long totalNanos, long[] cumulativeBuckets) {}

  private static final class PerClass {
    final LongAdder completed = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder nanos = new LongAdder();
    final AtomicInteger inFlight = new AtomicInteger();
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];

    PerClass() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }
  }
}
