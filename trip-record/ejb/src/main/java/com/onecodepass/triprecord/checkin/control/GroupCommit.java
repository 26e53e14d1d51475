package com.onecodepass.triprecord.checkin.control;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Group commit in the application: callers hand in items and wait; one caller at a time (the
 * leader, no thread of its own) takes every item waiting at that moment and writes them with one
 * {@link Writer#write} — one transaction, one log flush — then answers each of them. While it
 * commits, the next group forms by itself, so nobody waits for a group to fill: an item waits at
 * most for the commit in progress and its own.
 *
 * <p>The promise is the writer's: an item is answered with a result only after {@code write} has
 * returned, i.e. committed. If {@code write} throws, every item of that group gets the failure and
 * nobody a result. The queue is bounded twice: by room ({@code capacity} items, a full queue
 * refuses at once) and by time (an item not taken by a leader within {@code maxQueueWait} is taken
 * back and refused); a refused item was never written.
 */
public final class GroupCommit<I, R> {

  /** Writes a group in one transaction; one outcome per item, in order. Throwing fails them all. */
  @FunctionalInterface
  public interface Writer<I, R> {
    List<Outcome<R>> write(List<I> group) throws Exception;
  }

  /** What one item of a committed group got: a result, or its own refusal (the others stand). */
  public record Outcome<R>(R value, RuntimeException failure) {
    public static <R> Outcome<R> of(R value) {
      return new Outcome<>(value, null);
    }

    public static <R> Outcome<R> failed(RuntimeException failure) {
      return new Outcome<>(null, failure);
    }
  }

  /**
   * Not written: no room in the queue, or not taken in time. Carries a transient connection failure
   * as its cause because that is what it is to the caller — the database could not take the write
   * now, as when the pool has no connection — so it is answered like one (a 503 that says nothing
   * was recorded), not as a programming error.
   */
  public static final class Refused extends RuntimeException {
    Refused(String why) {
      super(why, new SQLTransientConnectionException(why));
    }
  }

  /** The group's transaction failed: nothing of it was acknowledged. */
  public static final class GroupFailed extends RuntimeException {
    GroupFailed(Throwable cause) {
      super("the check-in group's transaction failed; none of it was acknowledged", cause);
    }
  }

  private final Writer<I, R> writer;
  private final int maxGroup;
  private final long maxQueueWaitNanos;
  private final Semaphore room;
  private final Semaphore leaders;
  private final ConcurrentLinkedQueue<Pending<I, R>> queue = new ConcurrentLinkedQueue<>();

  /**
   * @param writers how many groups may be written at once (1 keeps one node's groups in order)
   */
  public GroupCommit(
      Writer<I, R> writer, int capacity, int maxGroup, long maxQueueWaitMillis, int writers) {
    this.writer = writer;
    this.maxGroup = maxGroup;
    this.maxQueueWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxQueueWaitMillis);
    this.room = new Semaphore(capacity);
    this.leaders = new Semaphore(writers);
  }

  public R submit(I item) {
    return submitAll(List.of(item)).get(0);
  }

  /**
   * Writes the items (a family checking in together) and returns their results in order, each
   * committed. All or none of them get room in the queue; a failure of any is thrown once all are
   * settled.
   */
  public List<R> submitAll(List<I> items) {
    if (!room.tryAcquire(items.size())) {
      throw new Refused("the check-in queue is full");
    }
    List<Pending<I, R>> mine = new ArrayList<>(items.size());
    for (I item : items) {
      mine.add(new Pending<>(item, Thread.currentThread()));
    }
    queue.addAll(mine);
    long deadline = System.nanoTime() + maxQueueWaitNanos;
    boolean interrupted = false;
    for (Pending<I, R> p : mine) {
      interrupted |= await(p, deadline);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    List<R> results = new ArrayList<>(mine.size());
    for (Pending<I, R> p : mine) {
      if (p.failure != null) {
        throw p.failure;
      }
      results.add(p.value);
    }
    return results;
  }

  /** Until the item is settled: lead a group when nobody else does, else sleep until woken. */
  private boolean await(Pending<I, R> p, long deadline) {
    boolean interrupted = false;
    while (!p.done) {
      if (leaders.tryAcquire()) {
        try {
          if (!p.done) {
            lead();
          }
        } finally {
          leaders.release();
        }
        wakeNext();
        continue;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || interrupted) {
        if (queue.remove(p)) {
          room.release();
          p.settle(null, new Refused("the check-in waited too long for the database"));
          return interrupted;
        }
        // A leader has it: its outcome is coming and must be what the caller hears.
        LockSupport.park(this);
      } else {
        LockSupport.parkNanos(this, left);
      }
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    return interrupted;
  }

  private void lead() {
    List<Pending<I, R>> group = new ArrayList<>();
    Pending<I, R> next;
    while (group.size() < maxGroup && (next = queue.poll()) != null) {
      group.add(next);
    }
    if (group.isEmpty()) {
      return;
    }
    room.release(group.size());
    List<I> items = new ArrayList<>(group.size());
    for (Pending<I, R> p : group) {
      items.add(p.item);
    }
    List<Outcome<R>> outcomes;
    try {
      outcomes = writer.write(items);
      if (outcomes.size() != group.size()) {
        throw new IllegalStateException(
            "the writer answered " + outcomes.size() + " of " + group.size() + " items");
      }
    } catch (Throwable e) {
      for (Pending<I, R> p : group) {
        p.settle(null, new GroupFailed(e));
      }
      if (e instanceof Error error) {
        throw error;
      }
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      Outcome<R> o = outcomes.get(i);
      group.get(i).settle(o.value(), o.failure());
    }
  }

  /** Whoever waits at the head of the queue leads the next group. */
  private void wakeNext() {
    Pending<I, R> head = queue.peek();
    if (head != null) {
      LockSupport.unpark(head.owner);
    }
  }

  /** How many items wait to be taken (for tests and metrics). */
  public int waiting() {
    return queue.size();
  }

  private static final class Pending<I, R> {
    final I item;
    final Thread owner;
    R value;
    RuntimeException failure;
    volatile boolean done;

    Pending(I item, Thread owner) {
      this.item = item;
      this.owner = owner;
    }

    void settle(R value, RuntimeException failure) {
      this.value = value;
      this.failure = failure;
      this.done = true; // publishes value and failure to the owner
      LockSupport.unpark(owner);
    }
  }
}
