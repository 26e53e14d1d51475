package com.onecodepass.web.operations;

import com.onecodepass.platform.api.CityClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.infinispan.Cache;
import org.infinispan.manager.EmbeddedCacheManager;

/** The city admin's system status page: the cluster as the shared cache reports it. */
@Named
@RequestScoped
public class ClusterStatus {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CityClock.ZONE);

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/rate-limit")
  Cache<String, Object> shared;

  @Resource(lookup = "java:jboss/infinispan/container/ocp")
  EmbeddedCacheManager container;

  private List<Node> nodes;

  /** A member of the view and what it last reported (empty if it has not reported lately). */
  public record Node(String name, boolean reporting, NodeSnapshot figures) {
    public String since() {
      return reporting ? TIME.format(Instant.ofEpochMilli((long) figures.number("startedAt"))) : "";
    }

    public boolean shedding() {
      return figures.number("shed") > 0;
    }
  }

  public List<Node> getNodes() {
    if (nodes == null) {
      nodes =
          NodeStatusPublisher.members(container).stream()
              .map(
                  name -> {
                    Object text = shared.get(NodeStatusPublisher.NODE_KEY + name);
                    return new Node(
                        name,
                        text != null,
                        NodeSnapshot.decode(text == null ? null : text.toString()));
                  })
              .toList();
    }
    return nodes;
  }

  public long getNodesUp() {
    return getNodes().stream().filter(Node::reporting).count();
  }

  public double getTotalRps() {
    return getNodes().stream().mapToDouble(n -> n.figures().number("rps")).sum();
  }

  public double getTotalShed() {
    return getNodes().stream().mapToDouble(n -> n.figures().number("shed")).sum();
  }

  public boolean isShedding() {
    return getTotalShed() > 0;
  }

  /** "2026-11-27 10:15:02 (node-b)" or empty when no member has left since the cluster formed. */
  public String getLastFailover() {
    Object text = shared.get(NodeStatusPublisher.FAILOVER_KEY);
    if (text == null) {
      return "";
    }
    NodeSnapshot f = NodeSnapshot.decode(text.toString());
    return TIME.format(Instant.ofEpochMilli((long) f.number("at"))) + " (" + f.get("left") + ")";
  }
}
