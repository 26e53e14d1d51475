package com.onecodepass.web.integration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.infinispan.Cache;

/**
 * The one place that names admin-web's cache in the server's "ocp" container: local on one node,
 * distributed (2 owners) in the cluster, so a limit holds across all nodes.
 */
@ApplicationScoped
public class IntegrationCaches {

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/rate-limit")
  private Cache<String, Long> rateLimit;

  @Produces
  @RateLimits
  Cache<String, Long> rateLimit() {
    return rateLimit;
  }
}
