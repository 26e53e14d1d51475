package com.onecodepass.web.session;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure of the replicated session store in a request's failure: an Infinispan
 * exception anywhere in its causes. The one seen in the soak (docs/RELIABILITY.md, issue 17) is
 * {@code ISPN000299} — the lock on the session's key could not be acquired within the cache's
 * acquire-timeout — thrown by the distributable session manager while Elytron's FORM mechanism
 * looked up the signed-in officer's session, wrapped by Undertow and Elytron on its way out.
 * Another Infinispan cache failing during the request (code state, sign-in attempts) means the same
 * for the user: the cluster's memory cannot answer for a moment, try again shortly.
 */
public final class SessionStoreFailure {

  private static final int MAX_CAUSES = 32;

  private SessionStoreFailure() {}

  /** The Infinispan exception in the failure's causes, or null when there is none. */
  public static Throwable find(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES; t = t.getCause()) {
      if (!seen.add(t)) {
        return null;
      }
      // By name: the exception's class lives in the server's Infinispan module, and a cache that
      // fails may not be one this deployment links against.
      if (t.getClass().getName().startsWith("org.infinispan.")) {
        return t;
      }
    }
    return null;
  }
}
