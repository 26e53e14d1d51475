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

  @Produces
  @RevokedCredentials
  Cache<String, Long> revocations() {
    return revocations;
  }
}
