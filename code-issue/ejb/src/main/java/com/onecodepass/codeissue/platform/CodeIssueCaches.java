package com.onecodepass.codeissue.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.infinispan.Cache;

/**
 * The one place that names this module's caches in the server's "ocp" cache container (local on a
 * single node, distributed with two owners in the cluster configuration).
 */
@ApplicationScoped
public class CodeIssueCaches {

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/code-state")
  private Cache<Long, String> codeState;

  @Resource(lookup = "java:jboss/infinispan/cache/ocp/sign-in")
  private Cache<String, String> signIn;

  // Resolved once: the injected cache is WildFly's lazy handle, which looks the cache up in the
  // container and wraps it for the calling thread's class loader on every operation (5-7 % of a
  // refresh's request-thread CPU in a cluster profile). The entries are JDK types (String, Long),
  // the same through any of this deployment's class loaders.
  @Produces
  @CodeStateStore
  Cache<Long, String> codeState() {
    return codeState.getAdvancedCache();
  }

  @Produces
  @SignInStore
  Cache<String, String> signIn() {
    return signIn.getAdvancedCache();
  }
}
