package com.onecodepass.web.surge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A node's leases on the shared fixed-window counters: instead of one conditional write to the
 * shared counter per request, a node takes a slice of the window's allowance in one write and
 * spends it locally. In the cluster that write is a synchronous call to the key's owners, and a
 * per-second key of one integrator or address is written by every node at once (a hot key whose
 * conditional writes fail and are retried); per request it cost more CPU than the request itself.
 *
 * <p>The limit is never exceeded: what the nodes hold is counted in the shared counter. A slice is
 * a quarter of the node's even share ({@code limit / (4 × members)}, at least 1), so at most a
 * quarter of the limit can be held unspent by other nodes when one node reaches it, and a client
 * that sticks to one node (the balancer's cookie) still gets the whole limit; small limits (below 4
 * × members) keep one write per use, exactly as before.
 */
final class WindowLeases {

  /** The shared counter the slices are taken from: conditional writes, as on the cache. */
  interface Counter {
    /** The current value, or null when the key was absent and is now {@code value}. */
    Long putIfAbsent(String key, long value, long lifespanSeconds);

    boolean replace(String key, long expected, long value, long lifespanSeconds);
  }

  /**
   * A node's share of one window: the units it holds unspent, and whether the shared counter was
   * found at the limit (a fixed window never goes down, so the rest of the window is refused here
   * without another call to the key's owners). Reservations synchronize on it.
   */
  private static final class Lease {
    final AtomicLong left = new AtomicLong();
    final long endsAtMillis;
    volatile boolean exhausted;

    Lease(long endsAtMillis) {
      this.endsAtMillis = endsAtMillis;
    }
  }

  private final Counter counter;
  private final IntSupplier members;
  private final LongSupplier clock;
  private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
  private volatile long nextPruneMillis;

  WindowLeases(Counter counter, IntSupplier members, LongSupplier clock) {
    this.counter = counter;
    this.members = members;
    this.clock = clock;
  }

  /**
   * Takes one use of {@code key} (a bucket's window) against {@code limit}.
   *
   * <p>One reservation per key at a time on a node: the requests that find the node's slice spent
   * wait for that one write and spend from the slice it brings. Each used to take its own, so at a
   * surge dozens of threads per node raced the other nodes' with conditional writes on the same
   * key, retried while the box was saturated, and some gave up: 429s at 40 a second against a limit
   * of 1,000,000 (bench/cluster-cpu.sh's warm-up, 2026-12-08).
   *
   * @return true when granted; false when the window's allowance is used up (then refused here for
   *     the rest of the window), or when the other nodes' writes won 50 times in a row (refused
   *     rather than spun on, this request only)
   */
  boolean take(String key, int limit, long lifespanSeconds, long windowEndMillis) {
    Lease lease = leases.computeIfAbsent(key, k -> new Lease(windowEndMillis));
    if (spendOne(lease.left)) {
      return true;
    }
    pruneEnded();
    synchronized (lease) {
      if (spendOne(lease.left)) {
        return true;
      }
      if (lease.exhausted) {
        return false;
      }
      long slice = reserve(key, limit, sliceOf(limit), lifespanSeconds);
      if (slice <= 0) {
        lease.exhausted = slice == 0;
        return false;
      }
      lease.left.addAndGet(slice - 1);
    }
    return true;
  }

  /** Takes one use straight from the shared counter, no slice held (windows not leased). */
  boolean takeOne(String key, int limit, long lifespanSeconds) {
    return reserve(key, limit, 1, lifespanSeconds) == 1;
  }

  /** How many windows this node holds unspent units of (for tests). */
  int held() {
    return (int) leases.values().stream().filter(l -> l.left.get() > 0).count();
  }

  long sliceOf(int limit) {
    return Math.max(1, limit / (4L * Math.max(1, members.getAsInt())));
  }

  private static boolean spendOne(AtomicLong left) {
    for (long n = left.get(); n > 0; n = left.get()) {
      if (left.compareAndSet(n, n - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Units taken from the shared counter for this node: 1..slice, 0 when none are left, -1 when the
   * other nodes' writes kept winning.
   */
  private long reserve(String key, int limit, long slice, long lifespanSeconds) {
    for (int attempt = 0; attempt < 50; attempt++) {
      long first = Math.min(slice, limit);
      if (first < 1) {
        return 0;
      }
      Long current = counter.putIfAbsent(key, first, lifespanSeconds);
      if (current == null) {
        return first;
      }
      long take = Math.min(slice, limit - current);
      if (take < 1) {
        return 0;
      }
      if (counter.replace(key, current, current + take, lifespanSeconds)) {
        return take;
      }
    }
    return -1;
  }

  /** Leases of windows that have ended go, at most once a second, when a slice is spent. */
  private void pruneEnded() {
    long now = clock.getAsLong();
    if (now >= nextPruneMillis) {
      nextPruneMillis = now + 1000;
      leases.values().removeIf(l -> l.endsAtMillis <= now);
    }
  }
}
