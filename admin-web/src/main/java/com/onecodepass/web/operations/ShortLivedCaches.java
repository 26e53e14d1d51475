package com.onecodepass.web.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;

/**
 * The caches whose entries must expire on their own: sign-in codes, failure counters and locks, and
 * the rate-limit windows. A storm of abandoned sign-ins leaves entries behind; this is how
 * operators see them go again (the management model has no entry count for a cache on WildFly 39).
 * The count is the cache's own: in the cluster, every entry once (not its backup copy), the same
 * figure on every node, read by a stream over the owners — a few hundred thousand small entries at
 * most, once per scrape. (A node-local count needs Infinispan's Flag, which WildFly's public
 * Infinispan module does not export to deployments.)
 */
@ApplicationScoped
public class ShortLivedCaches {

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/sign-in")
  private Cache<String, String> signIn;

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/rate-limit")
  private Cache<String, Long> rateLimit;

  public long signInEntries() {
    return entries(signIn);
  }

  public long rateLimitEntries() {
    return entries(rateLimit);
  }

  private static long entries(Cache<?, ?> cache) {
    // expired entries the reaper has not removed yet are not counted
    return cache.size();
  }
}
