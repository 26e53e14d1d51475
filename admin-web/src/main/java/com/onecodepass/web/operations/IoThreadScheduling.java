package com.onecodepass.web.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts this node's Undertow I/O threads under Linux's {@code SCHED_BATCH} when it deploys
 * (docs/PERFORMANCE.md, "The I/O thread's spin"). A worker that finishes an exchange resumes the
 * connection's reads, which wakes the connection's I/O thread while the worker still holds the
 * request state; woken under the default policy the I/O thread preempts that very worker on its
 * core and spins in Undertow's {@code HttpReadListener.handleEvent} until the worker runs again: 37
 * to 45 % of the request threads' CPU on a 2-core node. A batch thread does not preempt on waking,
 * so the worker finishes first. Only the I/O threads: the whole JVM under batch also stopped a
 * check-in's group commit waking its waiters promptly (check-ins lost 16 %).
 *
 * <p>{@code -Docp.io-threads.scheduling=other} leaves the operating system's default. Not Linux, or
 * no {@code chrt}: a warning, and the node runs as before.
 */
@Singleton
@Startup
public class IoThreadScheduling {

  static final String PROPERTY = "ocp.io-threads.scheduling";

  /** Undertow's default worker names its I/O threads so (and Linux keeps 15 characters). */
  static final String IO_THREAD = "default I/O-";

  /** {@code SCHED_BATCH} in a task's stat (field 41, "policy"). */
  static final int SCHED_BATCH = 3;

  private static final Logger LOG = Logger.getLogger(IoThreadScheduling.class.getName());
  private static final Path TASKS = Path.of("/proc/self/task");

  @PostConstruct
  void apply() {
    if (!"batch".equals(System.getProperty(PROPERTY, "batch")) || !Files.isDirectory(TASKS)) {
      return;
    }
    List<String> threads = ioThreads(TASKS);
    threads.forEach(IoThreadScheduling::toBatch);
    // Read back, not taken from chrt's exit code: what the log says is what the kernel holds.
    long set = threads.stream().filter(t -> policy(TASKS.resolve(t)) == SCHED_BATCH).count();
    LOG.info(() -> "I/O threads under SCHED_BATCH: " + threads.size() + " found, " + set + " set");
  }

  /** The thread ids whose name is an Undertow I/O thread's. */
  static List<String> ioThreads(Path tasks) {
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
      for (Path task : all) {
        String name = read(task.resolve("comm")).strip();
        if (name.startsWith(IO_THREAD)) {
          found.add(task.getFileName().toString());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot list this node's threads", e);
    }
    found.sort(null);
    return found;
  }

  /** The scheduling policy in a task's stat, or -1 if it cannot be read. */
  static int policy(Path task) {
    String stat = read(task.resolve("stat"));
    int end = stat.lastIndexOf(')'); // the name may hold spaces and parentheses
    if (end < 0) {
      return -1;
    }
    String[] fields = stat.substring(end + 2).trim().split(" ");
    return fields.length > 38 ? Integer.parseInt(fields[38]) : -1; // field 41; fields[0] is 3
  }

  private static void toBatch(String tid) {
    try {
      Process chrt =
          new ProcessBuilder("chrt", "--batch", "--pid", "0", tid)
              .redirectErrorStream(true)
              .start();
      String said = new String(chrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!chrt.waitFor(5, TimeUnit.SECONDS) || chrt.exitValue() != 0) {
        LOG.warning(() -> "chrt --batch on I/O thread " + tid + " failed: " + said.strip());
      }
    } catch (IOException e) {
      LOG.warning(() -> "I/O threads stay under the default policy: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
