package com.onecodepass.web.surge;

import com.onecodepass.web.integration.control.RateLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Fixed-window counters in the shared rate-limit cache ({@code ocp/rate-limit}: distributed with 2
 * owners in the cluster), so a limit holds across every node: one entry per bucket and window,
 * counted with conditional writes (no remote lambdas, so it works the same on a local and a
 * distributed cache). Entries expire on their own shortly after their window.
 */
@ApplicationScoped
public class SharedLimits {

  @Inject @RateLimits Cache<String, Long> counters;

  private final Clock clock = Clock.systemUTC();

  /**
   * Windows up to this long are counted through a node's leases ({@link WindowLeases}): the
   * integrators' per-second limits, whose keys every node writes on every request. Minute windows
   * (sign-in codes, staff look-ups, failed authentications) are written a use at a time: their uses
   * are rare, and {@link #exhausted} reads the shared count, which must be uses, not slices held.
   */
  static final int LEASED_WINDOW_SECONDS = 1;

  private WindowLeases leases;

  @PostConstruct
  void leases() {
    leases =
        new WindowLeases(
            new WindowLeases.Counter() {
              @Override
              public Long putIfAbsent(String key, long value, long lifespanSeconds) {
                return counters.putIfAbsent(key, value, lifespanSeconds, TimeUnit.SECONDS);
              }

              @Override
              public boolean replace(String key, long expected, long value, long lifespanSeconds) {
                return counters.replace(key, expected, value, lifespanSeconds, TimeUnit.SECONDS);
              }
            },
            this::members,
            clock::millis);
  }

  private int members() {
    List<?> members = counters.getCacheManager().getMembers();
    return members == null ? 1 : members.size();
  }

  /**
   * Counts one use of {@code bucket} against {@code limit} per {@code windowSeconds}: per-second
   * windows in slices taken by each node ({@link WindowLeases}), longer ones one use at a time.
   *
   * @return 0 when within the limit, else the seconds until the window ends (at least 1)
   */
  public long tryAcquire(String bucket, int limit, int windowSeconds) {
    long nowMillis = clock.millis();
    long window = nowMillis / (windowSeconds * 1000L);
    String key = key(bucket, windowSeconds, window);
    long lifespan = windowSeconds * 2L;
    long windowEnd = (window + 1) * windowSeconds * 1000L;
    boolean granted =
        windowSeconds <= LEASED_WINDOW_SECONDS
            ? leases.take(key, limit, lifespan, windowEnd)
            : leases.takeOne(key, limit, lifespan);
    return granted ? 0 : Math.max(1, (windowEnd - nowMillis + 999) / 1000);
  }

  /**
   * Whether {@code bucket} has used up {@code limit} in the current window, without counting a use.
   *
   * @return 0 when not, else the seconds until the window ends (at least 1)
   */
  public long exhausted(String bucket, int limit, int windowSeconds) {
    long nowMillis = clock.millis();
    long window = nowMillis / (windowSeconds * 1000L);
    Long used = counters.get(key(bucket, windowSeconds, window));
    if (used == null || used < limit) {
      return 0;
    }
    long windowEnd = (window + 1) * windowSeconds * 1000L;
    return Math.max(1, (windowEnd - nowMillis + 999) / 1000);
  }

  private static String key(String bucket, int windowSeconds, long window) {
    return bucket + "@" + windowSeconds + ":" + window;
  }

  /** Sign-in codes requested from one client address (carrier NAT: many people share one). */
  public long signInCodeFromAddress(String address) {
    return tryAcquire(
        "signin-code:" + address,
        setting("ocp.limits.sign-in-codes.per-address-per-minute", 60),
        60);
  }

  /** Check-ins (each person checked in counts) by one account per day. */
  public long checkInsToday(long citizenId, int people) {
    long retry = 0;
    int limit = setting("ocp.limits.check-ins.per-account-per-day", 300);
    for (int i = 0; i < people && retry == 0; i++) {
      retry = tryAcquire("check-ins:" + citizenId, limit, 86_400);
    }
    return retry;
  }

  /**
   * Citizen look-ups (a search or an opened record) by one staff account per minute: a duty officer
   * opens a record every few seconds at most; a script harvesting personal data would not stop
   * there.
   */
  public long staffLookUps(String username) {
    return tryAcquire("staff-look-ups:" + username, staffLookUpsPerMinute(), 60);
  }

  public static int staffLookUpsPerMinute() {
    return setting("ocp.limits.staff-look-ups.per-account-per-minute", 30);
  }

  private static int setting(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null ? fallback : Integer.parseInt(value.trim());
  }
}
