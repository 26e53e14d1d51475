import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the tracing queries exactly as trip-record's CompanionFinder and TracingService issue them
 * (same SQL shape, same per-visit index range reads, same overlap rule), over JDBC against the
 * database bench/seed.sh filled. Run by bench/run.sh; prints a table for docs/PERFORMANCE.md.
 *
 * <p>java -cp mysql-connector-j.jar bench/TracingBench.java jdbc:mysql://127.0.0.1:3306/ocp_bench root "" [CASES]
 * [EXPOSURE_DAYS]
 */
public class TracingBench {

  static final Duration WINDOW = Duration.ofMinutes(30);

  /**
   * Whether check_in has the day column (issue 16: partitioned by day on MariaDB): then every read
   * also names its days, as the application's do, so that only those partitions are opened.
   */
  static boolean days;
  static final Duration LOOK_BACK = Duration.ofDays(14);

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/ocp_bench";
    int cases = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    // the venue exposure samples one of the last N whole days (default 13; fewer on a partial load)
    int exposureDays = args.length > 4 ? Integer.parseInt(args[4]) : 13;
    try (Connection c =
        DriverManager.getConnection(url, args.length > 1 ? args[1] : "root", args.length > 2 ? args[2] : "")) {
      try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "check_in", "check_in_day")) {
        days = rs.next();
      }
      long maxCitizen = single(c, "SELECT MAX(citizen_id) FROM check_in");
      long rows = single(c, "SELECT COUNT(*) FROM check_in");
      System.out.printf("check_in rows: %,d; citizens up to %,d%n", rows, maxCitizen);
      Random random = new Random(42);

      // warm-up (first touches of pages): not reported
      for (int i = 0; i < 5; i++) {
        trace(c, 1 + random.nextInt((int) maxCitizen));
      }

      double[] times = new double[cases];
      int[] visits = new int[cases];
      int[] found = new int[cases];
      for (int i = 0; i < cases; i++) {
        long citizen = 1 + random.nextInt((int) maxCitizen);
        long t0 = System.nanoTime();
        int[] r = trace(c, citizen);
        times[i] = (System.nanoTime() - t0) / 1e6;
        visits[i] = r[0];
        found[i] = r[1];
      }
      report("tracing, one random case, 14 days, +/-30 min", times, visits, found);

      // The worst case: a person who visited the busiest venue (Zipf rank 1) at peak times.
      long heavy =
          single(
              c,
              "SELECT citizen_id FROM check_in WHERE venue_id = 1 AND checked_in_at >= UTC_TIMESTAMP() - INTERVAL 14 DAY"
                  + (days ? " AND check_in_day >= UTC_DATE() - INTERVAL 14 DAY" : "")
                  + " GROUP BY citizen_id ORDER BY COUNT(*) DESC, citizen_id LIMIT 1");
      double[] heavyTimes = new double[5];
      int[] heavyVisits = new int[5];
      int[] heavyFound = new int[5];
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        int[] r = trace(c, heavy);
        heavyTimes[i] = (System.nanoTime() - t0) / 1e6;
        heavyVisits[i] = r[0];
        heavyFound[i] = r[1];
      }
      report("tracing, busiest-venue visitor #" + heavy + " (5 runs)", heavyTimes, heavyVisits, heavyFound);

      // Secondary contacts: the 100 closest contacts of a case (one with at least 100), traced at
      // once as TracingService.secondaryContacts does (their visits, then each visit's companions).
      for (int attempt = 0; attempt < 50; attempt++) {
        long theCase = 1 + random.nextInt((int) maxCitizen);
        List<Long> contacts = contacts(c, theCase, 100);
        if (contacts.size() < 100) {
          continue;
        }
        double[] t = new double[3];
        int[] v = new int[3];
        int[] f = new int[3];
        for (int i = 0; i < t.length; i++) {
          rowsRead = 0;
          long t0 = System.nanoTime();
          int[] r = trace(c, contacts);
          System.out.println("  (secondary run " + (i + 1) + ": " + rowsRead + " companion rows read)");
          t[i] = (System.nanoTime() - t0) / 1e6;
          v[i] = r[0];
          f[i] = r[1];
        }
        report("secondary contacts: 100 contacts of case #" + theCase + " (3 runs)", t, v, f);
        break;
      }

      // Venue exposure over two hours at the morning peak, busiest venue and a median one.
      for (long venue : new long[] {1, 100, 5000}) {
        double[] t = new double[20];
        int[] n = new int[20];
        for (int i = 0; i < t.length; i++) {
          Instant day = Instant.now().minus(Duration.ofDays(1 + random.nextInt(exposureDays)));
          Instant from = day.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC)
              .plus(Duration.ofHours(0)); // 08:00 city time = 00:00 UTC
          long t0 = System.nanoTime();
          n[i] = exposure(c, venue, from, from.plus(Duration.ofHours(2)));
          t[i] = (System.nanoTime() - t0) / 1e6;
        }
        report("venue exposure, venue #" + venue + ", 2 h at 08:00-10:00 (20 days)", t, n, n);
      }
    }
  }

  static long single(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The {@code n} people with the most overlap minutes with {@code theCase}. */
  static List<Long> contacts(Connection c, long theCase, int n) throws Exception {
    Map<Long, Long> companions = new HashMap<>();
    trace(c, List.of(theCase), companions);
    return companions.entrySet().stream()
        .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  static int[] trace(Connection c, long citizen) throws Exception {
    return trace(c, List.of(citizen));
  }

  static int[] trace(Connection c, List<Long> sources) throws Exception {
    return trace(c, sources, new HashMap<>());
  }

  /** Returns {visits, companions}. Same SQL as CompanionFinder (Hibernate's rendering aside). */
  static int[] trace(Connection c, List<Long> sources, Map<Long, Long> companions) throws Exception {
    Instant to = Instant.now();
    Instant from = to.minus(LOOK_BACK);
    List<Object[]> caseVisits = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT venue_id, checked_in_at FROM check_in WHERE citizen_id = ?"
                + " AND checked_in_at BETWEEN ? AND ?"
                + (days ? " AND check_in_day BETWEEN ? AND ?" : "")
                + " ORDER BY checked_in_at")) {
      for (long citizen : sources) {
        ps.setLong(1, citizen);
        ps.setObject(2, utc(from));
        ps.setObject(3, utc(to));
        if (days) {
          ps.setObject(4, utc(from).toLocalDate());
          ps.setObject(5, utc(to).toLocalDate());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            caseVisits.add(new Object[] {rs.getLong(1), rs.getObject(2, LocalDateTime.class)});
          }
        }
      }
    }
    java.util.Set<Long> skip = new java.util.HashSet<>(sources);
    // As CompanionFinder (VisitRanges): visits at one venue whose windows overlap are one read.
    caseVisits.sort(
        java.util.Comparator.<Object[], Long>comparing(v -> (Long) v[0])
            .thenComparing(v -> (LocalDateTime) v[1]));
    List<List<Object[]>> ranges = new ArrayList<>();
    for (Object[] v : caseVisits) {
      List<Object[]> open = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (open != null
          && open.get(0)[0].equals(v[0])
          && !((LocalDateTime) v[1]).minus(WINDOW).isAfter(end(open))) {
        open.add(v);
      } else {
        List<Object[]> fresh = new ArrayList<>();
        fresh.add(v);
        ranges.add(fresh);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT citizen_id, checked_in_at FROM check_in WHERE venue_id = ?"
                + " AND checked_in_at BETWEEN ? AND ?"
                + (days ? " AND check_in_day BETWEEN ? AND ?" : ""))) {
      for (List<Object[]> range : ranges) {
        LocalDateTime rangeFrom = ((LocalDateTime) range.get(0)[1]).minus(WINDOW);
        LocalDateTime rangeTo = end(range);
        ps.setLong(1, (Long) range.get(0)[0]);
        ps.setObject(2, rangeFrom);
        ps.setObject(3, rangeTo);
        if (days) {
          ps.setObject(4, rangeFrom.toLocalDate());
          ps.setObject(5, rangeTo.toLocalDate());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rowsRead++;
            long other = rs.getLong(1);
            if (skip.contains(other)) {
              continue;
            }
            LocalDateTime otherAt = rs.getObject(2, LocalDateTime.class);
            for (Object[] v : range) {
              Duration apart = Duration.between((LocalDateTime) v[1], otherAt).abs();
              if (apart.compareTo(WINDOW) <= 0) {
                companions.merge(other, WINDOW.minus(apart).toMinutes(), Long::sum);
              }
            }
          }
        }
      }
    }
    return new int[] {caseVisits.size(), companions.size()};
  }

  static long rowsRead;

  /** The end of a merged range: its latest visit's window end. */
  static LocalDateTime end(List<Object[]> range) {
    LocalDateTime last = null;
    for (Object[] v : range) {
      LocalDateTime e = ((LocalDateTime) v[1]).plus(WINDOW);
      last = last == null || e.isAfter(last) ? e : last;
    }
    return last;
  }

  static int exposure(Connection c, long venue, Instant from, Instant to) throws Exception {
    int n = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT citizen_id, checked_in_at, colour_at_check_in FROM check_in WHERE venue_id = ?"
                + " AND checked_in_at BETWEEN ? AND ?"
                + (days ? " AND check_in_day BETWEEN ? AND ?" : "")
                + " ORDER BY checked_in_at")) {
      ps.setLong(1, venue);
      ps.setObject(2, utc(from));
      ps.setObject(3, utc(to));
      if (days) {
        ps.setObject(4, utc(from).toLocalDate());
        ps.setObject(5, utc(to).toLocalDate());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
    }
    return n;
  }

  static LocalDateTime utc(Instant i) {
    return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static void report(String what, double[] ms, int[] visits, int[] found) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d |%n",
        what,
        ms.length,
        sorted[sorted.length / 2],
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)],
        sorted[sorted.length - 1],
        Arrays.stream(ms).average().orElse(0),
        Arrays.stream(visits).max().orElse(0),
        Arrays.stream(found).max().orElse(0));
  }
}
