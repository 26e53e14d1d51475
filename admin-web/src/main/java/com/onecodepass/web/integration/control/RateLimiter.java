package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The integrator API's limits as problem+json refusals, counted in {@link SharedLimits}. */
@ApplicationScoped
public class RateLimiter {

  @Inject SharedLimits limits;

  /**
   * Counts one request against {@code limit} per {@code windowSeconds}.
   *
   * @throws IntegrationException rate-limited, with the seconds until the window ends
   */
  public void acquire(String bucket, int limit, int windowSeconds) {
    refuseAfter(limits.tryAcquire(bucket, limit, windowSeconds), limit, windowSeconds);
  }

  /**
   * Refuses while {@code bucket} is used up, without counting this request against it.
   *
   * @throws IntegrationException rate-limited, with the seconds until the window ends
   */
  public void refuseIfExhausted(String bucket, int limit, int windowSeconds) {
    refuseAfter(limits.exhausted(bucket, limit, windowSeconds), limit, windowSeconds);
  }

  private static void refuseAfter(long retryAfter, int limit, int windowSeconds) {
    if (retryAfter > 0) {
      throw new IntegrationException(
          Problem.RATE_LIMITED,
          "at most " + limit + " requests per " + windowSeconds + " s",
          null,
          retryAfter);
    }
  }
}
