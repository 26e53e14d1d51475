import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of the soak (bench/soak.sh) and of the cluster CPU benchmark
 * (bench/cluster-cpu.sh): signs many seeded citizens in through the real sign-in form, then drives
 * a steady mix of citizen, checkpoint and staff requests through the balancer and reports every
 * minute.
 *
 * <p>Cookies are whatever the server sets: each citizen keeps every cookie of every Set-Cookie it
 * was answered with (the session or credential cookie, the balancer's sticky cookie, ...), under
 * whatever name, and sends them all back, as a browser does. Nothing here knows a cookie's name.
 *
 * <pre>
 * java bench/Soak.java signin BASE POPULATION N THREADS OUT_FILE [DEADLINE_EPOCH_S]
 *     signs in N citizens (mobiles 170xxxxxxxx as bench/SeedCitizens.java seeds them, spread over
 *     POPULATION) with THREADS in parallel; writes one Cookie header per citizen; with a deadline,
 *     stops signing in more at that time and writes those signed in so far
 * java bench/Soak.java load BASE OUT_DIR SECONDS COOKIES_FILE VENUES_FILE RATES [STAFF_USER:PASSWORD]
 *     RATES: kind=per-second,... of refresh (GET /api/v1/me/code), code (GET /code.xhtml),
 *     checkin (POST /api/v1/me/check-ins), verify-rest (POST /api/v1/tokens/verify), verify-page
 *     (GET /c/TOKEN), staff (staff pages as a signed-in officer). Citizens are taken in turn
 *     across all kinds, so every one of them is used. Writes OUT_DIR/minutes.csv (per minute and
 *     kind: requests, statuses, p50, p99, errors), OUT_DIR/acks.txt (acknowledged check-in ids),
 *     OUT_DIR/errors.txt (the first errors of each minute), OUT_DIR/summary.txt (key=value).
 * </pre>
 *
 * An answer is ok when it is 2xx or 3xx, "shed" when it is a 503 with Retry-After (the node's
 * admission refusal), and an error otherwise: any other status, no answer, or a citizen or officer
 * who finds themselves signed out (sent to a sign-in page).
 */
public class Soak {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  // Stateless citizen forms carry a CSRF token in this field (FormTokenField) instead of a view state.
  static final Pattern FORM_TOKEN = Pattern.compile("name=\"ocp-form\"[^>]*value=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");
  static final Pattern CSP_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
  static final Pattern CHECK_IN_ID = Pattern.compile("\"checkInId\"\\s*:\\s*(\\d+)");
  static final Pattern SCAN_URL = Pattern.compile("\"scanUrl\"\\s*:\\s*\"([^\"]+)\"");
  static final List<String> STAFF_PAGES =
      List.of(
          System.getProperty(
                  "soak.staff-pages",
                  "/staff/index.xhtml,/staff/cases.xhtml,/staff/appeals.xhtml,/staff/venues.xhtml,/staff/dashboard.xhtml")
              .split(","));

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(4))
          .build();

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Exception e) {
      // The pools' threads would keep the JVM (and the script waiting on it) alive.
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static void run(String[] args) throws Exception {
    switch (args[0]) {
      case "signin" ->
          signIn(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]),
              args.length > 6 ? Long.parseLong(args[6]) * 1000 : Long.MAX_VALUE);
      case "load" ->
          load(
              args[1],
              Path.of(args[2]),
              Integer.parseInt(args[3]),
              Path.of(args[4]),
              Path.of(args[5]),
              args[6],
              args.length > 7 ? args[7] : null);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // ---- cookies: a tiny browser jar, by name, for one client ----

  static final class Jar {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Jar() {}

    Jar(String header) {
      for (String part : header.split(";\\s*")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          cookies.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
    }

    synchronized String header() {
      StringBuilder b = new StringBuilder();
      cookies.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      return b.toString();
    }

    synchronized void update(HttpResponse<?> r) {
      for (String sc : r.headers().allValues("set-cookie")) {
        String[] parts = sc.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        boolean gone = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
          String a = parts[i].trim().toLowerCase(Locale.ROOT);
          if (a.equals("max-age=0") || a.startsWith("max-age=-") || a.startsWith("expires=thu, 01 jan 1970")) {
            gone = true;
          }
        }
        if (gone) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
    }
  }

  /** An answer after following redirects (each hop's cookies kept), with the final URI. */
  record Answer(int status, String body, URI uri, HttpResponse<String> response) {}

  static Answer send(Jar jar, HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
    return send(jar, request, uri, true);
  }

  static Answer send(Jar jar, HttpRequest.Builder request, URI uri, boolean follow)
      throws IOException, InterruptedException {
    HttpRequest r = request.uri(uri).timeout(Duration.ofSeconds(30)).build();
    for (int hop = 0; ; hop++) {
      HttpRequest withCookies = HttpRequest.newBuilder(r, (k, v) -> !k.equalsIgnoreCase("cookie")).build();
      String cookie = jar.header();
      if (!cookie.isEmpty()) {
        withCookies = HttpRequest.newBuilder(withCookies, (k, v) -> true).header("Cookie", cookie).build();
      }
      HttpResponse<String> response = CLIENT.send(withCookies, HttpResponse.BodyHandlers.ofString());
      jar.update(response);
      int s = response.statusCode();
      var location = response.headers().firstValue("location");
      if (follow && s >= 300 && s < 400 && location.isPresent() && hop < 5) {
        URI next = r.uri().resolve(location.get());
        r = HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build();
        continue;
      }
      return new Answer(s, response.body(), r.uri(), response);
    }
  }

  static Answer get(Jar jar, String url) throws IOException, InterruptedException {
    return send(jar, HttpRequest.newBuilder().GET(), URI.create(url));
  }

  static Answer postForm(Jar jar, String url, String page, String form) throws IOException, InterruptedException {
    return postForm(jar, url, page, form, true);
  }

  static Answer postForm(Jar jar, String url, String page, String form, boolean follow)
      throws IOException, InterruptedException {
    Matcher vs = VIEW_STATE.matcher(page);
    if (vs.find()) {
      form += "&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
    }
    Matcher token = FORM_TOKEN.matcher(page);
    if (token.find()) {
      form += "&ocp-form=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
    Matcher nonce = Pattern.compile("^<!-- nonce:([^ ]+) -->").matcher(page);
    if (nonce.find()) {
      form += "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    }
    return send(
        jar,
        HttpRequest.newBuilder()
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)),
        URI.create(url),
        follow);
  }

  /** A page's body with PrimeFaces' CSP nonce of its view in front (its postbacks need it). */
  static String page(Answer a) {
    for (String csp : a.response().headers().allValues("Content-Security-Policy")) {
      Matcher m = CSP_NONCE.matcher(csp);
      if (m.find()) {
        return "<!-- nonce:" + m.group(1) + " -->" + a.body();
      }
    }
    return a.body();
  }

  // ---- sign-in ----

  static String signInOne(String base, String mobile) throws Exception {
    Jar jar = new Jar();
    String page = page(get(jar, base + "/signin.xhtml"));
    Answer sent = postForm(jar, base + "/signin.xhtml", page, "signin=signin&signin%3Amobile=" + mobile + "&signin%3Asend=x");
    String sentPage = sent.body();
    Matcher nonce = Pattern.compile("^<!-- nonce:([^ ]+) -->").matcher(page);
    if (nonce.find()) {
      sentPage = "<!-- nonce:" + nonce.group(1) + " -->" + sentPage;
    }
    Matcher code = CODE.matcher(sentPage);
    if (!code.find()) {
      throw new IllegalStateException("no sign-in code shown for " + mobile + " (HTTP " + sent.status() + ")");
    }
    // Not following the redirect to the code page: the check below proves the sign-in more cheaply.
    postForm(
        jar,
        base + "/signin.xhtml",
        sentPage,
        "signin=signin&signin%3Amobile=" + mobile + "&signin%3Acode=" + code.group(1) + "&signin%3Asubmit=x",
        false);
    Answer check = get(jar, base + "/api/v1/me/code");
    if (check.status() != 200) {
      throw new IllegalStateException("citizen " + mobile + " not signed in: HTTP " + check.status());
    }
    return jar.header();
  }

  static void signIn(String base, int population, int n, int threads, Path out, long deadline) throws Exception {
    String[] lines = new String[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long t0 = System.nanoTime();
    long[] touched = new long[n];
    // Sessions end after 30 idle minutes: while thousands more sign in (which can take longer than
    // that on a busy box), each signed-in citizen refreshes their code every 10 minutes, as a phone
    // left open would, so nobody is signed out before the load begins.
    Thread keepAlive =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                for (int k = 0; k < n; k++) {
                  String line;
                  synchronized (lines) {
                    line = lines[k];
                  }
                  if (line != null && System.currentTimeMillis() - touched[k] > 600_000) {
                    try {
                      get(new Jar(line), base + "/api/v1/me/code");
                    } catch (Exception e) {
                      // the load will find out
                    }
                    touched[k] = System.currentTimeMillis();
                  }
                }
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    keepAlive.setDaemon(true);
    keepAlive.start();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int k; System.currentTimeMillis() < deadline && (k = next.getAndIncrement()) < n; ) {
                  String mobile = String.format("170%08d", (int) ((long) k * population / n));
                  Exception last = null;
                  // A sign-in refused or lost (a shed 503, a node restarting, a stalled box) is
                  // tried again after a pause, up to 5 times.
                  for (int attempt = 0; attempt < 5 && lines[k] == null; attempt++) {
                    try {
                      if (attempt > 0) {
                        Thread.sleep(2000L * attempt);
                      }
                      String line = signInOne(base, mobile);
                      touched[k] = System.currentTimeMillis();
                      synchronized (lines) {
                        lines[k] = line;
                      }
                    } catch (Exception e) {
                      last = e;
                    }
                  }
                  if (lines[k] == null) {
                    throw new IllegalStateException("sign-in of " + mobile + " failed 5 times", last);
                  }
                  int d = done.incrementAndGet();
                  if (d % 500 == 0) {
                    System.out.printf("  signed in %,d (%.0f s)%n", d, (System.nanoTime() - t0) / 1e9);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    keepAlive.interrupt();
    List<String> signedIn = new ArrayList<>();
    for (String line : lines) {
      if (line != null) {
        signedIn.add(line);
      }
    }
    Files.write(out, signedIn);
    System.out.printf(
        "signed in %,d of %,d citizens in %.0f s%s; cookies they were given: %s%n",
        signedIn.size(), n, (System.nanoTime() - t0) / 1e9,
        signedIn.size() < n ? " (stopped at the deadline)" : "", new Jar(signedIn.get(0)).cookies.keySet());
  }

  // ---- load ----

  record Event(long done, String kind, int status, long latencyMs, String outcome, String detail) {}

  static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();
  static final java.util.Set<Long> ACKS = ConcurrentHashMap.newKeySet();
  static final AtomicLong ACK_RECEIPTS = new AtomicLong();
  /** Recently shown scan URLs (from refreshes), as a checkpoint would scan them. */
  static final AtomicReferenceArray<String> SCANS = new AtomicReferenceArray<>(512);

  static final AtomicLong SCAN_TURN = new AtomicLong();

  static String outcome(Answer a, boolean signInPageMeansSignedOut) {
    int s = a.status();
    String path = a.uri().getPath();
    if (signInPageMeansSignedOut && (path.endsWith("/signin.xhtml") || path.endsWith("/login.xhtml") || s == 401)) {
      return "signed-out";
    }
    if (s >= 200 && s < 400) {
      return "ok";
    }
    if (s == 503 && a.response().headers().firstValue("Retry-After").isPresent()
        && (a.body().contains("overloaded") || a.body().contains("Busy right now"))) {
      return "shed";
    }
    return "error";
  }

  interface Call {
    Answer call() throws Exception;
  }

  static Answer timed(String kind, boolean citizen, Call call) {
    long t0 = System.nanoTime();
    try {
      Answer a = call.call();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String o = outcome(a, citizen);
      String body = a.body();
      EVENTS.add(
          new Event(System.currentTimeMillis(), kind, a.status(), ms, o,
              o.equals("ok") ? "" : a.uri().getPath() + " " + (body.length() > 200 ? body.substring(0, 200) : body).replace('\n', ' ')));
      return a;
    } catch (Exception e) {
      long ms = (System.nanoTime() - t0) / 1_000_000;
      EVENTS.add(new Event(System.currentTimeMillis(), kind, 0, ms, "error", e.getClass().getSimpleName() + ": " + e.getMessage()));
      return null;
    }
  }

  static void load(String base, Path dir, int seconds, Path cookiesFile, Path venuesFile, String rateSpec, String staff)
      throws Exception {
    Files.createDirectories(dir);
    List<String> cookieLines = Files.readAllLines(cookiesFile);
    List<Jar> citizens = new ArrayList<>();
    for (String line : cookieLines) {
      if (!line.isBlank()) {
        citizens.add(new Jar(line));
      }
    }
    List<String> venues = Files.readAllLines(venuesFile);
    int[] checkInsOf = new int[citizens.size()];
    Map<String, Double> rates = new LinkedHashMap<>();
    for (String kv : rateSpec.split(",")) {
      String[] p = kv.split("=");
      if (Double.parseDouble(p[1]) > 0) {
        rates.put(p[0], Double.parseDouble(p[1]));
      }
    }
    AtomicLong citizenTurn = new AtomicLong();
    Jar officer = new Jar();
    AtomicInteger staffPage = new AtomicInteger();
    if (rates.containsKey("staff")) {
      String[] up = staff.split(":", 2);
      staffSignIn(base, officer, up[0], up[1]);
    }
    // A scan URL to start from, before the first refresh answers.
    Answer first = get(citizens.get(0), base + "/api/v1/me/code");
    Matcher firstScan = SCAN_URL.matcher(first.body());
    if (!firstScan.find()) {
      throw new IllegalStateException("the first citizen's code has no scanUrl: HTTP " + first.status() + " " + first.body());
    }
    for (int i = 0; i < SCANS.length(); i++) {
      SCANS.set(i, firstScan.group(1));
    }
    String baseHost = URI.create(base).getRawAuthority();

    long start = System.currentTimeMillis();
    long end = start + seconds * 1000L;
    Files.writeString(dir.resolve("start"), Long.toString(start));
    List<Thread> threads = new ArrayList<>();
    for (var r : rates.entrySet()) {
      String kind = r.getKey();
      // ~4 requests a second per thread: a slow answer delays only its own thread's next one.
      int n = Math.max(1, (int) Math.ceil(r.getValue() / 4));
      Runnable action =
          switch (kind) {
            case "refresh" -> () -> {
              Jar c = citizens.get((int) (citizenTurn.getAndIncrement() % citizens.size()));
              Answer a = timed(kind, true, () -> get(c, base + "/api/v1/me/code"));
              if (a != null && a.status() == 200) {
                Matcher m = SCAN_URL.matcher(a.body());
                if (m.find()) {
                  SCANS.set((int) (SCAN_TURN.getAndIncrement() % SCANS.length()), m.group(1));
                }
              }
            };
            case "code" -> () -> {
              Jar c = citizens.get((int) (citizenTurn.getAndIncrement() % citizens.size()));
              timed(kind, true, () -> get(c, base + "/code.xhtml"));
            };
            case "checkin" -> () -> {
              int i = (int) (citizenTurn.getAndIncrement() % citizens.size());
              Jar c = citizens.get(i);
              int visit;
              synchronized (checkInsOf) {
                visit = checkInsOf[i]++;
              }
              // Each citizen walks through the venues in its own order: every check-in is a new
              // visit (no rescan within 5 minutes), so every acknowledgement must map to a row.
              String venue = venues.get((int) (((long) i * 7 + visit) % venues.size()));
              Answer a =
                  timed(kind, true, () -> send(
                      c,
                      HttpRequest.newBuilder()
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString("{\"venue\":\"" + venue + "\"}")),
                      URI.create(base + "/api/v1/me/check-ins")));
              if (a != null && a.status() == 200) {
                Matcher m = CHECK_IN_ID.matcher(a.body());
                while (m.find()) {
                  ACKS.add(Long.parseLong(m.group(1)));
                  ACK_RECEIPTS.incrementAndGet();
                }
              }
            };
            case "verify-rest" -> () -> {
              String scan = SCANS.get((int) (Math.random() * SCANS.length()));
              timed(kind, false, () -> send(
                  new Jar(),
                  HttpRequest.newBuilder()
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + scan + "\"}")),
                  URI.create(base + "/api/v1/tokens/verify")));
            };
            case "verify-page" -> () -> {
              String scan = SCANS.get((int) (Math.random() * SCANS.length()));
              URI u = URI.create(scan);
              String url = "http://" + baseHost + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
              timed(kind, false, () -> get(new Jar(), url));
            };
            case "staff" -> () -> {
              String p = STAFF_PAGES.get(Math.floorMod(staffPage.getAndIncrement(), STAFF_PAGES.size()));
              Answer a = timed(kind, true, () -> get(officer, base + p));
              if (a != null && a.uri().getPath().endsWith("/login.xhtml")) {
                // Counted as an error above; sign in again so the run goes on.
                try {
                  staffSignIn(base, officer, staff.split(":", 2)[0], staff.split(":", 2)[1]);
                } catch (Exception ignored) {
                  // the next staff request records the failure
                }
              }
            };
            default -> throw new IllegalArgumentException("unknown kind " + kind);
          };
      for (int t = 0; t < n; t++) {
        threads.add(paced(end, r.getValue() / n, action));
      }
    }
    // Every minute: what completed in it, by kind.
    TreeMap<Integer, Map<String, List<Event>>> minutes = new TreeMap<>();
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(dir.resolve("minutes.csv")));
        PrintWriter errors = new PrintWriter(Files.newBufferedWriter(dir.resolve("errors.txt")))) {
      csv.println("minute,kind,requests,ok,shed,errors,p50_ms,p99_ms,max_ms,statuses");
      for (int m = 1; ; m++) {
        long boundary = start + m * 60_000L;
        long wait = Math.min(boundary, end) - System.currentTimeMillis();
        if (wait > 0) {
          Thread.sleep(wait);
        }
        if (boundary >= end) {
          for (Thread t : threads) {
            t.join();
          }
        }
        Map<String, List<Event>> byKind = new TreeMap<>();
        for (Event e; (e = EVENTS.poll()) != null; ) {
          byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        minutes.put(m, byKind);
        StringBuilder line = new StringBuilder();
        int errorLines = 0;
        for (var k : byKind.entrySet()) {
          List<Event> es = k.getValue();
          long ok = es.stream().filter(e -> e.outcome().equals("ok")).count();
          long shed = es.stream().filter(e -> e.outcome().equals("shed")).count();
          long err = es.size() - ok - shed;
          TreeMap<Integer, Integer> statuses = new TreeMap<>();
          es.forEach(e -> statuses.merge(e.status(), 1, Integer::sum));
          StringBuilder st = new StringBuilder();
          statuses.forEach((s, c) -> st.append(st.length() == 0 ? "" : " ").append(s).append(':').append(c));
          List<Long> lat = latencies(es);
          csv.printf("%d,%s,%d,%d,%d,%d,%d,%d,%d,%s%n", m, k.getKey(), es.size(), ok, shed, err,
              pct(lat, 50), pct(lat, 99), pct(lat, 100), st);
          line.append(String.format(" %s %d/%dms/%dms%s", k.getKey(), es.size(), pct(lat, 50), pct(lat, 99), err > 0 ? " ERR " + err : ""));
          for (Event e : es) {
            if (!e.outcome().equals("ok") && !e.outcome().equals("shed") && errorLines++ < 30) {
              errors.printf("%d %d %s %d %s %d ms %s%n", m, e.done(), e.kind(), e.status(), e.outcome(), e.latencyMs(), e.detail());
            }
          }
        }
        csv.flush();
        errors.flush();
        System.out.printf("minute %d:%s%n", m, line);
        if (boundary >= end) {
          break;
        }
      }
    }
    List<String> ackLines = new ArrayList<>();
    for (Long id : ACKS) {
      ackLines.add(Long.toString(id));
    }
    Collections.sort(ackLines);
    Files.write(dir.resolve("acks.txt"), ackLines);
    // Windows: the first and the last 5 minutes (or a fifth of a shorter run).
    int total = minutes.lastKey();
    int w = Math.max(1, Math.min(5, total / 3));
    try (PrintWriter s = new PrintWriter(Files.newBufferedWriter(dir.resolve("summary.txt")))) {
      s.println("minutes=" + total);
      s.println("window_minutes=" + w);
      s.println("citizens=" + citizens.size());
      long requests = 0, oks = 0, sheds = 0, errs = 0;
      for (String kind : rates.keySet()) {
        List<Event> all = new ArrayList<>(), firstW = new ArrayList<>(), lastW = new ArrayList<>();
        for (var m : minutes.entrySet()) {
          List<Event> es = m.getValue().getOrDefault(kind, List.of());
          all.addAll(es);
          if (m.getKey() <= w) {
            firstW.addAll(es);
          }
          if (m.getKey() > total - w) {
            lastW.addAll(es);
          }
        }
        long ok = all.stream().filter(e -> e.outcome().equals("ok")).count();
        long shed = all.stream().filter(e -> e.outcome().equals("shed")).count();
        requests += all.size();
        oks += ok;
        sheds += shed;
        errs += all.size() - ok - shed;
        s.println(kind + ".requests=" + all.size());
        s.println(kind + ".ok=" + ok);
        s.println(kind + ".shed=" + shed);
        s.println(kind + ".errors=" + (all.size() - ok - shed));
        TreeMap<String, Integer> why = new TreeMap<>();
        Pattern problem = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
        for (Event e : all) {
          if (!e.outcome().equals("ok") && !e.outcome().equals("shed")) {
            Matcher pm = problem.matcher(e.detail());
            why.merge(e.status() + (e.outcome().equals("signed-out") ? " signed-out" : pm.find() ? " " + pm.group(1) : ""), 1, Integer::sum);
          }
        }
        s.println(kind + ".errors_by=" + why);
        s.println(kind + ".p50_ms=" + pct(latencies(all), 50));
        s.println(kind + ".p99_ms=" + pct(latencies(all), 99));
        s.println(kind + ".first_p99_ms=" + pct(latencies(firstW), 99));
        s.println(kind + ".last_p99_ms=" + pct(latencies(lastW), 99));
      }
      s.println("requests=" + requests);
      s.println("ok=" + oks);
      s.println("shed=" + sheds);
      s.println("errors=" + errs);
      s.println("checkin.acknowledged=" + ACKS.size());
      s.println("checkin.ack_receipts=" + ACK_RECEIPTS.get());
      s.println("distinct_citizens_used=" + Math.min(citizens.size(), citizenTurn.get()));
    }
    System.out.println(Files.readString(dir.resolve("summary.txt")));
  }

  static void staffSignIn(String base, Jar officer, String user, String password) throws Exception {
    get(officer, base + "/staff/index.xhtml"); // the container keeps this request and shows the login form
    Answer a =
        send(
            officer,
            HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))),
            URI.create(base + "/staff/j_security_check"));
    if (a.status() != 200 || a.uri().getPath().endsWith("/login.xhtml")) {
      throw new IllegalStateException("staff sign-in of " + user + " failed: HTTP " + a.status() + " at " + a.uri());
    }
  }

  static List<Long> latencies(List<Event> es) {
    List<Long> l = new ArrayList<>(es.size());
    for (Event e : es) {
      if (!e.outcome().equals("shed")) {
        l.add(e.latencyMs());
      }
    }
    Collections.sort(l);
    return l;
  }

  static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  static Thread paced(long end, double perSecond, Runnable action) {
    Thread t =
        new Thread(
            () -> {
              long interval = (long) (1_000_000_000L / perSecond);
              // Threads of one kind start spread over one interval, not all at once.
              long next = System.nanoTime() + (long) (Math.random() * interval);
              while (System.currentTimeMillis() < end) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                }
                if (System.currentTimeMillis() >= end) {
                  return;
                }
                action.run();
                next += interval;
                if (next < System.nanoTime() - interval) {
                  next = System.nanoTime(); // fell behind (slow answers): no burst to catch up
                }
              }
            });
    t.start();
    return t;
  }
}
