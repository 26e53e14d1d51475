package com.onecodepass.it.stall;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionManager;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionManagerFactory;
import jakarta.servlet.ServletContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.infinispan.commons.TimeoutException;

/**
 * Test only: wraps the deployment's session manager so that looking up a stalled session throws
 * what the distributable session manager threw in the soak when another node's transaction held the
 * session's lock (ISPN000299, issue 17), after the same kind of wait. A session stays stalled until
 * the instant {@link SessionStallServlet} set, as the cluster's bound would release the real lock.
 * Added to admin-web.war (WEB-INF/lib) by SessionUnavailableIT only.
 */
public class SessionStall implements ServletExtension {

  static final Map<String, Instant> STALLED = new ConcurrentHashMap<>();

  /** How long a lookup of a stalled session waits before it fails, like a lock acquire-timeout. */
  static volatile long waitMillis = 0;

  @Override
  public void handleDeployment(DeploymentInfo info, ServletContext context) {
    SessionManagerFactory real = info.getSessionManagerFactory();
    info.setSessionManagerFactory(deployment -> stalling(real.createSessionManager(deployment)));
  }

  /** The id without the route the cluster appends after a dot. */
  static String plain(String id) {
    int dot = id == null ? -1 : id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  static boolean stalled(String raw) {
    String id = plain(raw);
    Instant until = id == null ? null : STALLED.get(id);
    if (until == null) {
      return false;
    }
    if (Instant.now().isAfter(until)) {
      STALLED.remove(id, until);
      return false;
    }
    return true;
  }

  private static SessionManager stalling(SessionManager real) {
    return (SessionManager)
        Proxy.newProxyInstance(
            SessionStall.class.getClassLoader(),
            new Class<?>[] {SessionManager.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getSession")) {
                String id =
                    args.length == 2
                        ? ((SessionConfig) args[1]).findSessionId((HttpServerExchange) args[0])
                        : (String) args[0];
                if (stalled(id)) {
                  Thread.sleep(waitMillis);
                  throw new TimeoutException(
                      "ISPN000299: Unable to acquire lock after "
                          + waitMillis / 1000
                          + " seconds for key SessionMetaDataKey("
                          + id
                          + ") and requestor GlobalTransaction{id=1, addr=node2, remote=false}."
                          + " Lock is held by GlobalTransaction{id=2, addr=node3, remote=true}"
                          + " (injected by SessionStall)");
                }
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
