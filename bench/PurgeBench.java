import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Retention by partition while citizens check in (issue 16): THREADS writers commit groups of
 * check-ins into today's partition exactly as CheckInWriter does (read the group's keys and the
 * scanners' last five minutes, one multi-row INSERT, commit), and after BEFORE seconds the oldest
 * day partition holding rows is dropped as DayPartitions does (lock_wait_timeout 2 s, ALTER TABLE
 * ... DROP PARTITION). Prints the drop's time and the writers' commit latencies before, during
 * (from the drop's start to one second after its end) and after.
 *
 * <p>java -cp connector-j.jar bench/PurgeBench.java JDBC_URL USER PASSWORD [THREADS GROUP BEFORE_S
 * AFTER_S [PARTITION]]
 */
public class PurgeBench {

  record Sample(long startNs, long endNs) {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int group = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    int before = args.length > 5 ? Integer.parseInt(args[5]) : 20;
    int after = args.length > 6 ? Integer.parseInt(args[6]) : 20;
    String partition = args.length > 7 ? args[7] : null;
    long rows;
    try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT PARTITION_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.PARTITIONS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'check_in'"
                    + " AND PARTITION_NAME REGEXP '^p[0-9]{8}$' AND TABLE_ROWS > 1000"
                    + (partition == null ? "" : " AND PARTITION_NAME = '" + partition + "'")
                    + " ORDER BY PARTITION_NAME LIMIT 1")) {
      if (!rs.next()) {
        throw new IllegalStateException("no day partition with rows");
      }
      partition = rs.getString(1);
      rows = rs.getLong(2);
      System.out.printf(
          "dropping %s: ~%,d rows, %.2f GiB (InnoDB), with %d writers committing groups of %d%n",
          partition, rows, rs.getLong(3) / Math.pow(2, 30), threads, group);
    }
    AtomicBoolean running = new AtomicBoolean(true);
    List<List<Sample>> samples = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Sample> mine = new ArrayList<>();
      samples.add(mine);
      int thread = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  write(url, args[1], args[2], thread, group, running, mine);
                } catch (Exception e) {
                  throw new RuntimeException(e);
                }
              });
      w.start();
      writers.add(w);
    }
    Thread.sleep(before * 1000L);
    long dropStart;
    long dropEnd;
    try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
        Statement s = c.createStatement()) {
      s.execute("SET SESSION lock_wait_timeout = 2");
      dropStart = System.nanoTime();
      s.execute("ALTER TABLE check_in DROP PARTITION " + partition);
      dropEnd = System.nanoTime();
    }
    Thread.sleep(after * 1000L);
    running.set(false);
    for (Thread w : writers) {
      w.join();
    }
    List<Sample> all = new ArrayList<>();
    samples.forEach(all::addAll);
    System.out.printf("drop of %s (~%,d rows): %.0f ms%n", partition, rows, (dropEnd - dropStart) / 1e6);
    System.out.println("| writers' commits | groups | groups/s | p50 ms | p99 ms | max ms |");
    System.out.println("|---|---|---|---|---|---|");
    long duringEnd = dropEnd + 1_000_000_000L;
    report("before the drop", all, s -> s.endNs() < dropStart, before);
    report(
        "during (drop start to 1 s after its end)",
        all,
        s -> s.endNs() >= dropStart && s.startNs() <= duringEnd,
        (duringEnd - dropStart) / 1e9);
    report("after", all, s -> s.startNs() > duringEnd, after - 1);
  }

  static void report(String what, List<Sample> all, java.util.function.Predicate<Sample> in, double seconds) {
    double[] ms = all.stream().filter(in).mapToDouble(s -> (s.endNs() - s.startNs()) / 1e6).sorted().toArray();
    if (ms.length == 0) {
      System.out.printf("| %s | 0 | | | | |%n", what);
      return;
    }
    System.out.printf(
        "| %s | %d | %.0f | %.1f | %.1f | %.1f |%n",
        what,
        ms.length,
        ms.length / seconds,
        ms[ms.length / 2],
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
        ms[ms.length - 1]);
  }

  static void write(
      String url, String user, String password, int thread, int group, AtomicBoolean running, List<Sample> out)
      throws Exception {
    SplittableRandom r = new SplittableRandom(thread);
    try (Connection c =
        DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", user, password)) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      String marks = String.join(",", java.util.Collections.nCopies(group, "?"));
      PreparedStatement read =
          c.prepareStatement(
              "SELECT id, idempotency_key, citizen_id, venue_id, checked_in_at FROM check_in"
                  + " WHERE idempotency_key IN (" + marks + ") OR (citizen_id IN (" + marks + ")"
                  + " AND checked_in_at > ? AND checked_in_at <= ? AND check_in_day BETWEEN ? AND ?)");
      PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                  + " colour_at_check_in, masked_name, source, check_in_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      long n = 0;
      while (running.get()) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long[] citizens = new long[group];
        String[] keys = new String[group];
        for (int i = 0; i < group; i++) {
          citizens[i] = 1 + r.nextInt(27_810_000);
          keys[i] = "pb:" + thread + ":" + (n++) + ":" + System.nanoTime();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < group; i++) {
          read.setString(1 + i, keys[i]);
          read.setLong(1 + group + i, citizens[i]);
        }
        read.setObject(1 + 2 * group, now.minusMinutes(5));
        read.setObject(2 + 2 * group, now);
        read.setObject(3 + 2 * group, now.minusMinutes(5).toLocalDate());
        read.setObject(4 + 2 * group, now.toLocalDate());
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {}
        }
        for (int i = 0; i < group; i++) {
          insert.setString(1, keys[i]);
          insert.setLong(2, citizens[i]);
          insert.setLong(3, Math.min(200_000, (long) Math.exp(r.nextDouble() * Math.log(200_000))));
          insert.setObject(4, now);
          insert.setString(5, "GREEN");
          insert.setString(6, "王*伟");
          insert.setString(7, "SCAN");
          insert.setObject(8, LocalDate.from(now));
          insert.addBatch();
        }
        try {
          insert.executeBatch();
          c.commit();
        } catch (java.sql.SQLException e) {
          // a deadlock victim: CheckInWriter rolls back and writes the group's items one by one
          c.rollback();
          insert.clearBatch();
          for (int i = 0; i < group; i++) {
            insert.setString(1, keys[i] + ":again");
            insert.setLong(2, citizens[i]);
            insert.setLong(3, 1 + r.nextInt(200_000));
            insert.setObject(4, now);
            insert.setString(5, "GREEN");
            insert.setString(6, "王*伟");
            insert.setString(7, "SCAN");
            insert.setObject(8, LocalDate.from(now));
            insert.executeUpdate();
            c.commit();
          }
        }
        out.add(new Sample(t0, System.nanoTime()));
      }
    }
  }
}
