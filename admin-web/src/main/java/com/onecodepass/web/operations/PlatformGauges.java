package com.onecodepass.web.operations;

import com.onecodepass.platform.api.CodeCacheCounters;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * This node's resources as operators watch them in a surge: the code-state cache's hits and misses
 * (counted where code-issue reads it), the database pool (WildFly's pool statistics over JMX) and
 * the heap.
 */
@ApplicationScoped
public class PlatformGauges {

  private static final String POOL =
      "jboss.as:subsystem=datasources,data-source=OcpDS,statistics=pool";

  private final long startedAt = System.currentTimeMillis();

  public long codeCacheHits() {
    return CodeCacheCounters.hits();
  }

  public long codeCacheMisses() {
    return CodeCacheCounters.misses();
  }

  /** Hits / (hits + misses) since start, or -1 before the first read. */
  public double codeCacheHitRatio() {
    long hits = codeCacheHits();
    long total = hits + codeCacheMisses();
    return total == 0 ? -1 : (double) hits / total;
  }

  public OptionalLong poolInUse() {
    return poolAttribute("InUseCount");
  }

  public OptionalLong poolAvailable() {
    return poolAttribute("AvailableCount");
  }

  public OptionalLong poolMaxUsed() {
    return poolAttribute("MaxUsedCount");
  }

  public OptionalLong poolWaiting() {
    return poolAttribute("WaitCount");
  }

  public long heapUsedBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public long heapMaxBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  public long startedAt() {
    return startedAt;
  }

  public static String nodeName() {
    return System.getProperty("jboss.node.name", "node");
  }

  private static OptionalLong poolAttribute(String name) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Object value = server.getAttribute(new ObjectName(POOL), name);
      return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    } catch (JMException | RuntimeException e) {
      // statistics off or not exposed in this configuration: the gauge is simply absent
      return OptionalLong.empty();
    }
  }
}
