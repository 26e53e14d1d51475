package com.onecodepass.web.surge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded admission per request class on this node. A request that finds its class full is refused
 * at once — no queue, no timeout, no thread pile-up — and the node keeps serving the requests it
 * admitted at full speed. Limits: {@code ocp.admission.<class>} (e.g. {@code
 * ocp.admission.code_view=48}).
 */
@ApplicationScoped
public class Admission {

  private final Map<RequestClass, Semaphore> permits = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, AtomicLong> admitted = new EnumMap<>(RequestClass.class);
  private final Map<RequestClass, AtomicLong> shed = new EnumMap<>(RequestClass.class);

  public Admission() {
    for (RequestClass c : RequestClass.values()) {
      String configured = System.getProperty("ocp.admission." + c.name().toLowerCase(Locale.ROOT));
      int limit = configured == null ? c.defaultPermits() : Integer.parseInt(configured);
      permits.put(c, new Semaphore(limit));
      admitted.put(c, new AtomicLong());
      shed.put(c, new AtomicLong());
    }
  }

  /** True when admitted; the caller must then {@link #release} in a finally block. */
  public boolean tryAdmit(RequestClass c) {
    if (permits.get(c).tryAcquire()) {
      admitted.get(c).incrementAndGet();
      return true;
    }
    shed.get(c).incrementAndGet();
    return false;
  }

  public void release(RequestClass c) {
    permits.get(c).release();
  }

  public long admitted(RequestClass c) {
    return admitted.get(c).get();
  }

  public long shed(RequestClass c) {
    return shed.get(c).get();
  }

  public int inFlight(RequestClass c, int limit) {
    return limit - permits.get(c).availablePermits();
  }
}
