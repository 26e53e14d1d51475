package com.onecodepass.triprecord.checkin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  /** What the fake database has committed. */
  private final Set<Integer> committed = ConcurrentHashMap.newKeySet();

  private final List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch firstGroupWriting = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void itemsArrivingDuringACommitAreWrittenTogetherAndAnsweredOnlyAfterTheirCommit()
      throws Exception {
    GroupCommit<Integer, String> commits = firstGroupHeld(100, 5_000, false);

    Future<String> first = threads.submit(() -> answerAfterCommit(commits, 0));
    assertThat(firstGroupWriting.await(5, TimeUnit.SECONDS)).isTrue();
    List<Future<String>> others = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int item = i;
      others.add(threads.submit(() -> answerAfterCommit(commits, item)));
    }
    waitUntil(() -> commits.waiting() == 10);
    assertThat(first.isDone()).isFalse(); // not answered before its commit
    release.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("row-0");
    for (int i = 0; i < others.size(); i++) {
      assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("row-" + (i + 1));
    }
    assertThat(groups).hasSize(2);
    assertThat(groups.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void whenTheGroupsTransactionFailsNobodyInItIsAcknowledged() throws Exception {
    GroupCommit<Integer, String> commits = firstGroupHeld(100, 5_000, true);
    Future<String> first = threads.submit(() -> answerAfterCommit(commits, 0));
    assertThat(firstGroupWriting.await(5, TimeUnit.SECONDS)).isTrue();
    List<Future<String>> failing = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      int item = i;
      failing.add(threads.submit(() -> answerAfterCommit(commits, item)));
    }
    waitUntil(() -> commits.waiting() == 5);
    release.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("row-0");
    for (Future<String> f : failing) {
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(GroupCommit.GroupFailed.class)
          .hasRootCauseMessage("commit failed: connection lost");
    }
    assertThat(groups).hasSize(2);
    assertThat(committed).containsExactly(0);
  }

  @Test
  void anItemRefusedOnItsOwnDoesNotFailTheOthersOfItsGroup() {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            group ->
                group.stream()
                    .map(
                        i ->
                            i == 2
                                ? GroupCommit.Outcome.<String>failed(
                                    new IllegalArgumentException("bad row"))
                                : GroupCommit.Outcome.of("row-" + i))
                    .toList(),
            100,
            100,
            5_000,
            1);

    assertThat(commits.submitAll(List.of(1, 3))).containsExactly("row-1", "row-3");
    assertThatThrownBy(() -> commits.submitAll(List.of(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFullQueueRefusesAtOnceAndWritesNothing() throws Exception {
    GroupCommit<Integer, String> commits = firstGroupHeld(2, 5_000, false);
    Future<String> leader = threads.submit(() -> commits.submit(0));
    assertThat(firstGroupWriting.await(5, TimeUnit.SECONDS)).isTrue();
    Future<String> a = threads.submit(() -> commits.submit(1));
    Future<String> b = threads.submit(() -> commits.submit(2));
    waitUntil(() -> commits.waiting() == 2);

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> commits.submit(3))
        .isInstanceOf(GroupCommit.Refused.class)
        .hasCauseInstanceOf(SQLTransientConnectionException.class);
    // A family of two does not fit either: all or none of it is queued.
    assertThatThrownBy(() -> commits.submitAll(List.of(4, 5)))
        .isInstanceOf(GroupCommit.Refused.class);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_000);

    release.countDown();
    assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("row-0");
    assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("row-1");
    assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo("row-2");
    assertThat(committed).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void anItemNotTakenInTimeIsRefusedAndNeverWritten() throws Exception {
    GroupCommit<Integer, String> commits = firstGroupHeld(10, 100, false);
    Future<String> leader = threads.submit(() -> commits.submit(0));
    assertThat(firstGroupWriting.await(5, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> commits.submit(1)).isInstanceOf(GroupCommit.Refused.class);
    assertThat(commits.waiting()).isZero();
    release.countDown();
    assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("row-0");
    assertThat(commits.submit(2)).isEqualTo("row-2");
    assertThat(committed).containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void manyConcurrentCallersEachGetTheirOwnCommittedAnswer() throws Exception {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            group -> {
              groups.add(List.copyOf(group));
              Thread.sleep(2);
              committed.addAll(group);
              return group.stream().map(i -> GroupCommit.Outcome.of("row-" + i)).toList();
            },
            1_000,
            16,
            10_000,
            1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int item = i;
      answers.add(threads.submit(() -> answerAfterCommit(commits, item)));
    }
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).get(20, TimeUnit.SECONDS)).isEqualTo("row-" + i);
    }
    assertThat(committed).hasSize(400);
    assertThat(groups).allSatisfy(g -> assertThat(g).hasSizeLessThanOrEqualTo(16));
    assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(400);
  }

  /**
   * Commits whose first group waits in its transaction until {@link #release}; the later groups
   * commit at once, or fail if {@code laterGroupsFail}.
   */
  private GroupCommit<Integer, String> firstGroupHeld(
      int capacity, long maxWaitMillis, boolean laterGroupsFail) {
    return new GroupCommit<>(
        group -> {
          groups.add(List.copyOf(group));
          if (groups.size() == 1) {
            firstGroupWriting.countDown();
            release.await();
          } else if (laterGroupsFail) {
            throw new IllegalStateException("commit failed: connection lost");
          }
          committed.addAll(group);
          return group.stream().map(i -> GroupCommit.Outcome.of("row-" + i)).toList();
        },
        capacity,
        100,
        maxWaitMillis,
        1);
  }

  /** The answer, checked against what was committed at the moment it came. */
  private String answerAfterCommit(GroupCommit<Integer, String> commits, int item) {
    String answer = commits.submit(item);
    assertThat(committed).contains(item);
    return answer;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
