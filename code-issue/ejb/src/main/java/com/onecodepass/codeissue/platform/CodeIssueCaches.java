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

  @Produces
  @CodeStateStore
  Cache<Long, String> codeState() {
    return codeState;
  }

  @Produces
  @SignInStore
  Cache<String, String> signIn() {
    return signIn;
  }
}
