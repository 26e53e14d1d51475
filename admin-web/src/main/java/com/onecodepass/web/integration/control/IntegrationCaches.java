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

  // Resolved once: the injected cache is WildFly's lazy handle, which looks the cache up in the
  // container and wraps it for the calling thread's class loader on every operation (5-7 % of a
  // refresh's request-thread CPU in a cluster profile). The entries are JDK types (String, Long),
  // the same through any of this deployment's class loaders.
  @Produces
  @RateLimits
  Cache<String, Long> rateLimit() {
    return rateLimit.getAdvancedCache();
  }
}
