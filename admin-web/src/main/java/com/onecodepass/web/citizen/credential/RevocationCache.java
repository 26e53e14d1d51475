package com.onecodepass.web.citizen.credential;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.infinispan.Cache;

/**
 * Names the deny-list cache once: a local cache on one node, a <em>replicated</em> cache in the
 * cluster (caches-distributed.cli), so every node holds every entry and a check is a local read.
 */
@ApplicationScoped
public class RevocationCache {

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/citizen-revocations")
  private Cache<String, Long> revocations;

  // Resolved once: the injected cache is WildFly's lazy handle, which looks the cache up in the
  // container and wraps it for the calling thread's class loader on every operation (5-7 % of a
  // refresh's request-thread CPU in a cluster profile). The entries are JDK types (String, Long),
  // the same through any of this deployment's class loaders.
  @Produces
  @RevokedCredentials
  Cache<String, Long> revocations() {
    return revocations.getAdvancedCache();
  }
}
