package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Fixed-window counters in the shared cache: one entry per bucket and window, counted with
 * conditional writes (no remote lambdas, so it works the same on a local and a distributed cache).
 * Entries expire on their own shortly after their window.
 */
@ApplicationScoped
public class RateLimiter {

  @Inject @RateLimits Cache<String, Long> counters;

  private final Clock clock = Clock.systemUTC();

  /**
   * Counts one request against {@code limit} per {@code windowSeconds}.
   *
   * @throws IntegrationException rate-limited, with the seconds until the window ends
   */
  public void acquire(String bucket, int limit, int windowSeconds) {
    long nowMillis = clock.millis();
    long window = nowMillis / (windowSeconds * 1000L);
    String key = bucket + "@" + windowSeconds + ":" + window;
    long lifespan = windowSeconds * 2L;
    for (int attempt = 0; attempt < 50; attempt++) {
      Long current = counters.putIfAbsent(key, 1L, lifespan, TimeUnit.SECONDS);
      if (current == null) {
        return;
      }
      if (current >= limit) {
        long windowEnd = (window + 1) * windowSeconds * 1000L;
        long retryAfter = Math.max(1, (windowEnd - nowMillis + 999) / 1000);
        throw new IntegrationException(
            Problem.RATE_LIMITED,
            "at most " + limit + " requests per " + windowSeconds + " s",
            null,
            retryAfter);
      }
      if (counters.replace(key, current, current + 1, lifespan, TimeUnit.SECONDS)) {
        return;
      }
    }
    // Heavy contention on one counter: treat as over the limit rather than spin.
    throw new IntegrationException(Problem.RATE_LIMITED, "busy", null, 1);
  }
}
