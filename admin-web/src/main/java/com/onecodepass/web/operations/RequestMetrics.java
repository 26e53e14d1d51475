package com.onecodepass.web.operations;

import com.onecodepass.web.platform.LatencyHistogram;
import com.onecodepass.web.surge.RequestClass;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per request class on this node: completed requests, server errors, in flight, and a latency
 * histogram with fixed buckets (Prometheus style, cumulative at export).
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
    if (status >= 500) {
      p.serverErrors.increment();
    }
    p.latency.record(nanos);
  }

  public Snapshot of(RequestClass c) {
    PerClass p = classes.get(c);
    LatencyHistogram.Snapshot latency = p.latency.snapshot();
    return new Snapshot(latency.count(), p.serverErrors.sum(), p.inFlight.get(), latency);
  }

  /** Counters since start. */
  public record Snapshot(
      long completed, long serverErrors, int inFlight, LatencyHistogram.Snapshot latency) {}

  private static final class PerClass {
    final LongAdder serverErrors = new LongAdder();
    final AtomicInteger inFlight = new AtomicInteger();
    final LatencyHistogram latency = new LatencyHistogram(BUCKETS);
  }
}
