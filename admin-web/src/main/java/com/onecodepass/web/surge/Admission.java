package com.onecodepass.web.surge;

import com.onecodepass.web.platform.LatencyHistogram;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded admission per request class on this node. A request that finds its class full, or the
 * node too full for its priority, is refused at once — no queue, no timeout, no thread pile-up —
 * and the node keeps serving the requests it admitted at full speed. Limits: {@code
 * ocp.admission.<class>} (e.g. {@code ocp.admission.code_view=48}).
 *
 * <p>One instance per deployment ({@link #node()}): {@link AdmissionHandler} consults it on
 * Undertow's I/O thread, before a request is handed to the worker pool.
 */
public class Admission {

  /** Upper bounds in seconds, fine below the promised 10 ms for a refusal. */
  static final double[] REFUSAL_BUCKETS = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1
  };

  // After the buckets: static fields are initialised in order.
  private static final Admission NODE = new Admission();

  private final Map<RequestClass, Semaphore> permits = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, Integer> limits = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, AtomicLong> admitted = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, AtomicLong> shed = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, LatencyHistogram> refusalTimes =
      new EnumMap<>(RequestClass.class);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final int nodeLimit;

  public Admission() {
    int total = 0;
    for (RequestClass c : RequestClass.values()) {
      String configured = System.getProperty("ocp.admission." + c.name().toLowerCase(Locale.ROOT));
      int limit = configured == null ? c.defaultPermits() : Integer.parseInt(configured);
      limits.put(c, limit);
      permits.put(c, new Semaphore(limit));
      admitted.put(c, new AtomicLong());
      shed.put(c, new AtomicLong());
      refusalTimes.put(c, new LatencyHistogram(REFUSAL_BUCKETS));
      total += limit;
    }
    nodeLimit = total;
  }

  /** The admission of this node (this deployment). */
  public static Admission node() {
    return NODE;
  }

  /** True when admitted; the caller must then {@link #release} when the request ends. */
  public boolean tryAdmit(RequestClass c) {
    if (inFlight.get() * 100 < nodeLimit * c.admittedBelowPercentOfNode()
        && permits.get(c).tryAcquire()) {
      inFlight.incrementAndGet();
      admitted.get(c).incrementAndGet();
      return true;
    }
    shed.get(c).incrementAndGet();
    return false;
  }

  public void release(RequestClass c) {
    inFlight.decrementAndGet();
    permits.get(c).release();
  }

  /** How long answering a refused request took, from its arrival at the node. */
  public void refused(RequestClass c, long nanos) {
    refusalTimes.get(c).record(nanos);
  }

  public LatencyHistogram.Snapshot refusalTimes(RequestClass c) {
    return refusalTimes.get(c).snapshot();
  }

  public long admitted(RequestClass c) {
    return admitted.get(c).get();
  }

  public long shed(RequestClass c) {
    return shed.get(c).get();
  }

  public int limit(RequestClass c) {
    return limits.get(c);
  }

  public int inFlight(RequestClass c) {
    return limits.get(c) - permits.get(c).availablePermits();
  }

  public int inFlight() {
    return inFlight.get();
  }
}
