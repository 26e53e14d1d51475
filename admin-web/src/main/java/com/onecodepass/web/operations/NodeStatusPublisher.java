package com.onecodepass.web.operations;

import com.onecodepass.web.surge.Admission;
import com.onecodepass.web.surge.RequestClass;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;
import org.infinispan.manager.EmbeddedCacheManager;

/**
 * Every 5 s each node puts its figures (rates per request class, shedding, cache, pool, heap) into
 * the shared cache, where the status page of any node reads them; a node that stops reporting drops
 * out after 20 s. A member missing from the cluster view is recorded as the last failover.
 */
@Singleton
@Startup
public class NodeStatusPublisher {

  static final String NODE_KEY = "ops|node|";
  static final String FAILOVER_KEY = "ops|last-failover";
  private static final int PERIOD_SECONDS = 5;

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/rate-limit")
  Cache<String, Object> shared;

  @Resource(lookup = "java:jboss/infinispan/container/ocp")
  EmbeddedCacheManager container;

  @Inject RequestMetrics metrics;
  private final Admission admission = Admission.node();
  @Inject PlatformGauges gauges;

  private final Map<RequestClass, long[]> previous = new EnumMap<>(RequestClass.class);
  private List<String> previousMembers = List.of();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void publish() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("node", PlatformGauges.nodeName());
    values.put("reportedAt", System.currentTimeMillis());
    values.put("startedAt", gauges.startedAt());
    double total = 0;
    double shedTotal = 0;
    for (RequestClass c : RequestClass.values()) {
      long done = metrics.of(c).completed();
      long shed = admission.shed(c);
      long[] before = previous.getOrDefault(c, new long[] {done, shed});
      double rate = (done - before[0]) / (double) PERIOD_SECONDS;
      double shedRate = (shed - before[1]) / (double) PERIOD_SECONDS;
      previous.put(c, new long[] {done, shed});
      String name = c.name().toLowerCase(Locale.ROOT);
      values.put("rps." + name, Math.round(rate * 10) / 10.0);
      values.put("shed." + name, Math.round(shedRate * 10) / 10.0);
      total += rate;
      shedTotal += shedRate;
    }
    values.put("rps", Math.round(total * 10) / 10.0);
    values.put("shed", Math.round(shedTotal * 10) / 10.0);
    values.put("cacheHitRatio", Math.round(gauges.codeCacheHitRatio() * 1000) / 1000.0);
    values.put("poolInUse", gauges.poolInUse().orElse(-1));
    values.put("heapUsedMb", gauges.heapUsedBytes() >> 20);
    values.put("heapMaxMb", gauges.heapMaxBytes() >> 20);
    shared.put(
        NODE_KEY + PlatformGauges.nodeName(),
        NodeSnapshot.of(values).encode(),
        4L * PERIOD_SECONDS,
        TimeUnit.SECONDS);
    noteFailover();
  }

  private void noteFailover() {
    List<String> members = members(container);
    List<String> left = new ArrayList<>(previousMembers);
    left.removeAll(members);
    if (!left.isEmpty()) {
      shared.put(
          FAILOVER_KEY,
          NodeSnapshot.of(Map.of("at", System.currentTimeMillis(), "left", String.join(" ", left)))
              .encode(),
          -1,
          TimeUnit.SECONDS);
    }
    previousMembers = members;
  }

  /**
   * The cluster view's member names (JGroups names them after {@code jboss.node.name}, the name
   * each node reports under); just this node when the caches are local. A local container still
   * answers {@code getMembers()}, with a random address that no node reports under: the single-node
   * status page then showed its only node as silent for ever.
   */
  static List<String> members(EmbeddedCacheManager container) {
    if (!container.getCacheManagerConfiguration().isClustered()) {
      return List.of(PlatformGauges.nodeName());
    }
    var view = container.getMembers();
    if (view == null || view.isEmpty()) {
      return List.of(PlatformGauges.nodeName());
    }
    return view.stream().map(Object::toString).sorted().toList();
  }
}
