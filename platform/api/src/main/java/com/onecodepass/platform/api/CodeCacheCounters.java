package com.onecodepass.platform.api;

import java.util.concurrent.atomic.LongAdder;

/**
 * Hits and misses of the per-person code-state cache on this node, for the operations metrics.
 * Counted where the cache is read (code-issue) and read by the web tier; both see this class from
 * the EAR's lib/, so it is one counter per node. Infinispan's own statistics are not visible to
 * deployments through WildFly's public Infinispan module.
 */
public final class CodeCacheCounters {

  private static final LongAdder HITS = new LongAdder();
  private static final LongAdder MISSES = new LongAdder();

  private CodeCacheCounters() {}

  public static void hit() {
    HITS.increment();
  }

  public static void miss() {
    MISSES.increment();
  }

  public static long hits() {
    return HITS.sum();
  }

  public static long misses() {
    return MISSES.sum();
  }
}
