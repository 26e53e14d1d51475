import com.onecodepass.triprecord.checkin.control.GroupCommit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database side of a check-in, without the server: T client threads each record new check-ins
 * as fast as they can for S seconds, either each in its own transaction (lookup, INSERT, COMMIT:
 * the old path) or through GroupCommit (the same lookup for the whole group in one query, one
 * multi-row INSERT, one COMMIT). Prints check-ins/s and latency percentiles. Writes into a scratch
 * copy of check_in (bench_check_in, dropped first), so the application's rows are untouched.
 *
 * usage: java -cp trip-record/ejb/target/classes:mysql-connector-j.jar bench/CheckInCommitBench.java
 *        JDBC_URL USER PASSWORD THREADS SECONDS single|group [WRITERS]
 */
public class CheckInCommitBench {

  static final String INSERT =
      "INSERT INTO bench_check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
          + " colour_at_check_in, masked_name, source) VALUES (?, ?, ?, ?, 'GREEN', '张*', 'SCAN')";
  static final AtomicLong SEQ = new AtomicLong();

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int threads = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    boolean group = args[5].equals("group");
    int writers = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_check_in");
      s.execute("CREATE TABLE bench_check_in LIKE check_in");
    }
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(threads + 1);
    for (int i = 0; i < (group ? writers : threads); i++) {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      pool.add(c);
    }
    GroupCommit<Long, Long> commits =
        new GroupCommit<>(
            items -> {
              Connection c = pool.take();
              try {
                write(c, items);
                return items.stream().map(GroupCommit.Outcome::of).toList();
              } finally {
                pool.add(c);
              }
            },
            512,
            100,
            1_000,
            writers);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> latencies = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      Thread w =
          new Thread(
              () -> {
                int n = 0;
                while (System.nanoTime() < end) {
                  long citizen = SEQ.incrementAndGet();
                  long t0 = System.nanoTime();
                  try {
                    if (group) {
                      commits.submit(citizen);
                    } else {
                      Connection c = pool.take();
                      try {
                        write(c, List.of(citizen));
                      } finally {
                        pool.add(c);
                      }
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  mine[n++] = System.nanoTime() - t0;
                }
                mine[mine.length - 1] = n;
              });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted().toArray();
    System.out.printf(
        "%s, %d threads, %d s: %.0f check-ins/s, p50 %.1f ms, p99 %.1f ms%n",
        group ? "group commit, " + writers + " writer(s)" : "one transaction each",
        threads,
        seconds,
        all.length / (double) seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6);
  }

  /** The same statements as CheckInWriter: one lookup, one (multi-row) INSERT, one commit. */
  static void write(Connection c, List<Long> citizens) throws Exception {
    Instant now = Instant.now();
    String in = String.join(",", citizens.stream().map(x -> "?").toList());
    try (PreparedStatement lookup =
        c.prepareStatement(
            "SELECT id FROM bench_check_in WHERE idempotency_key IN (" + in + ") OR (citizen_id IN ("
                + in + ") AND checked_in_at > ? AND checked_in_at <= ?)")) {
      int p = 1;
      for (long citizen : citizens) {
        lookup.setString(p++, "s:" + citizen);
      }
      for (long citizen : citizens) {
        lookup.setLong(p++, citizen);
      }
      lookup.setTimestamp(p++, Timestamp.from(now.minusSeconds(300)));
      lookup.setTimestamp(p, Timestamp.from(now));
      try (ResultSet rs = lookup.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
        }
      }
    }
    try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      for (long citizen : citizens) {
        insert.setString(1, "s:" + citizen);
        insert.setLong(2, citizen);
        insert.setLong(3, 1 + citizen % 400);
        insert.setTimestamp(4, Timestamp.from(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    c.commit();
  }
}
