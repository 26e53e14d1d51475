package com.onecodepass.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoThreadSchedulingTest {

  @TempDir Path tasks;

  @Test
  void findsUndertowsIoThreadsByName() throws IOException {
    task("101", "default I/O-1", 0);
    task("102", "default I/O-2", 0);
    task("103", "default task-1", 0);
    task("104", "main", 0);
    assertThat(IoThreadScheduling.ioThreads(tasks)).containsExactly("101", "102");
  }

  @Test
  void readsThePolicyAfterANameWithSpacesAndParentheses() throws IOException {
    task("201", "default I/O-1", 3);
    task("202", "x) (y", 0);
    assertThat(IoThreadScheduling.policy(tasks.resolve("201")))
        .isEqualTo(IoThreadScheduling.SCHED_BATCH);
    assertThat(IoThreadScheduling.policy(tasks.resolve("202"))).isZero();
    assertThat(IoThreadScheduling.policy(tasks.resolve("missing"))).isEqualTo(-1);
  }

  @Test
  void readsThisProcessesOwnPolicyOnLinux() {
    Path self = Path.of("/proc/thread-self");
    if (Files.isDirectory(self)) {
      assertThat(IoThreadScheduling.policy(self)).isBetween(0, 7);
    }
  }

  /** A task as /proc shows it: its name, and a stat line whose field 41 is the policy. */
  private void task(String tid, String name, int policy) throws IOException {
    Path task = Files.createDirectories(tasks.resolve(tid));
    Files.writeString(task.resolve("comm"), name + "\n");
    StringBuilder stat = new StringBuilder(tid + " (" + name + ") S");
    for (int field = 4; field <= 52; field++) {
      stat.append(' ').append(field == 41 ? policy : field);
    }
    Files.writeString(task.resolve("stat"), stat + "\n");
  }
}
