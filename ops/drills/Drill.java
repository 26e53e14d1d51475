import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the failure drills (ops/failure-tests.sh): signs citizens in through the real
 * sign-in form, then drives code views and check-ins as those citizens for a while, recording
 * every answer. Each citizen keeps its own cookies (the session and the balancer's sticky cookie),
 * as a phone does.
 *
 * <pre>
 * java Drill.java signin BASE FIRST_MOBILE N OUT_DIR
 *     signs in N citizens (mobiles FIRST_MOBILE, +1, ...); writes OUT_DIR/cookies.txt (one Cookie
 *     header per citizen) and OUT_DIR/sessions.txt (each citizen's credential cookie, name=value,
 *     for wrk)
 * java Drill.java load BASE OUT_DIR SECONDS VIEWS_PER_S CHECKINS_PER_S VENUES_FILE [COOKIES_DIR]
 *     code views (GET /api/v1/me/code) and check-ins (POST /api/v1/me/check-ins) at fixed rates,
 *     until SECONDS pass or OUT_DIR/stop exists; citizens from COOKIES_DIR (default OUT_DIR);
 *     writes OUT_DIR/acks.txt (acknowledged check-in ids), OUT_DIR/events.txt (one line per
 *     request: start epoch ms, kind, status, latency ms) and prints key=value figures
 * java Drill.java recolour NODE_A NODE_B
 *     registers a fresh person on node A, signs them in on node B, records a positive test result
 *     through node A (integrator API, demo-lab) and reads the code on node B right after: prints
 *     the colours seen and how long after the recolour node B showed it
 * </pre>
 *
 * A check-in is acknowledged when the answer is 200 with receipts: the rows are committed then.
 */
public class Drill {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** The CSRF token of a stateless (transient) citizen form, bound to the form cookie. */
  static final Pattern FORM_TOKEN = Pattern.compile("name=\"ocp-form\"[^>]*value=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");
  static final Pattern CHECK_IN_ID = Pattern.compile("\"checkInId\"\\s*:\\s*(\\d+)");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "signin" -> signIn(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      case "load" ->
          load(
              args[1],
              Path.of(args[2]),
              Integer.parseInt(args[3]),
              Double.parseDouble(args[4]),
              Double.parseDouble(args[5]),
              Path.of(args[6]),
              Path.of(args.length > 7 ? args[7] : args[2]));
      case "recolour" -> recolour(args[1], args[2]);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // ---- sign-in ----

  static void signIn(String base, long firstMobile, int n, Path out) throws Exception {
    List<String> cookies = new ArrayList<>();
    List<String> sessions = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String mobile = Long.toString(firstMobile + k);
      CookieManager jar = new CookieManager();
      HttpClient client = client(jar);
      String page = page(get(client, base + "/signin.xhtml"));
      page =
          post(client, base + "/signin.xhtml", page, "signin=signin&signin%3Amobile=" + mobile + "&signin%3Asend=x");
      Matcher code = CODE.matcher(page);
      if (!code.find()) {
        throw new IllegalStateException("no sign-in code shown for " + mobile);
      }
      post(
          client,
          base + "/signin.xhtml",
          page,
          "signin=signin&signin%3Amobile=" + mobile + "&signin%3Acode=" + code.group(1) + "&signin%3Asubmit=x");
      HttpResponse<String> check = get(client, base + "/api/v1/me/code");
      if (check.statusCode() != 200) {
        throw new IllegalStateException("citizen " + mobile + " not signed in: " + check.statusCode());
      }
      StringBuilder header = new StringBuilder();
      for (HttpCookie c : jar.getCookieStore().getCookies()) {
        header.append(header.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        if (c.getName().equals("ocp-citizen")) {
          sessions.add(c.getName() + "=" + c.getValue());
        }
      }
      cookies.add(header.toString());
    }
    Files.createDirectories(out);
    Files.write(out.resolve("cookies.txt"), cookies);
    Files.write(out.resolve("sessions.txt"), sessions);
    System.out.println("signed in " + cookies.size() + " citizens");
  }

  // ---- a recolour on one node, seen on another ----

  static final Pattern COLOUR = Pattern.compile("\"colour\"\\s*:\\s*\"(\\w+)\"");

  static void recolour(String nodeA, String nodeB) throws Exception {
    java.util.Random random = new java.util.Random();
    String mobile = "139" + String.format("%08d", random.nextInt(100_000_000));
    String first17 = "610113" + "1990" + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
        + String.format("%03d", random.nextInt(1000));
    String residentId = first17 + checkDigit(first17);
    HttpClient onA = client(new CookieManager());
    String page = page(get(onA, nodeA + "/register.xhtml"));
    post(onA, nodeA + "/register.xhtml", page,
        "register=register&register%3Aname=" + URLEncoder.encode("张伟", StandardCharsets.UTF_8)
            + "&register%3AresidentId=" + residentId + "&register%3Amobile=" + mobile
            + "&register%3AdistrictCode=610113&register%3Asubmit=x");
    HttpClient onB = client(new CookieManager());
    page = page(get(onB, nodeB + "/signin.xhtml"));
    page = post(onB, nodeB + "/signin.xhtml", page, "signin=signin&signin%3Amobile=" + mobile + "&signin%3Asend=x");
    Matcher code = CODE.matcher(page);
    if (!code.find()) {
      throw new IllegalStateException("registration on node A not usable on node B (no sign-in code)");
    }
    post(onB, nodeB + "/signin.xhtml", page,
        "signin=signin&signin%3Amobile=" + mobile + "&signin%3Acode=" + code.group(1) + "&signin%3Asubmit=x");
    String before = colour(get(onB, nodeB + "/api/v1/me/code").body());
    String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    HttpResponse<String> result = onA.send(
        HttpRequest.newBuilder(URI.create(nodeA + "/api/v1/test-results"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("demo-lab:Lab#2026".getBytes(StandardCharsets.UTF_8)))
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString("{\"results\":[{\"residentId\":\"" + residentId
                + "\",\"outcome\":\"POSITIVE\",\"sampleTime\":\"" + now + "\",\"resultTime\":\"" + now
                + "\",\"lab\":\"drill lab\"}]}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    long recoloured = System.nanoTime();
    String after = colour(get(onB, nodeB + "/api/v1/me/code").body());
    long visibleMs = (System.nanoTime() - recoloured) / 1_000_000;
    System.out.println("recolour.result_status=" + result.statusCode());
    System.out.println("recolour.before=" + before);
    System.out.println("recolour.after=" + after);
    System.out.println("recolour.first_read_on_b_ms=" + visibleMs);
  }

  static String colour(String json) {
    Matcher m = COLOUR.matcher(json);
    return m.find() ? m.group(1) : "none";
  }

  /** GB 11643 check character of a resident ID. */
  static char checkDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  // ---- load ----

  record Event(long start, String kind, int status, long latencyMs, String detail) {}

  static void load(
      String base,
      Path dir,
      int seconds,
      double viewsPerSecond,
      double checkInsPerSecond,
      Path venuesFile,
      Path cookiesDir)
      throws Exception {
    Files.createDirectories(dir);
    Path stop = dir.resolve("stop");
    Files.deleteIfExists(stop);
    List<String> cookieHeaders = Files.readAllLines(cookiesDir.resolve("cookies.txt"));
    // Each drill starts further along the venue list, so its check-ins are new visits too.
    int venueOffset = Math.floorMod(dir.getFileName().toString().hashCode(), 97) * 5;
    List<String> venues = Files.readAllLines(venuesFile);
    List<Citizen> citizens = new ArrayList<>();
    for (int i = 0; i < cookieHeaders.size(); i++) {
      citizens.add(new Citizen(i, base, cookieHeaders.get(i)));
    }
    ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
    Set<Long> acks = ConcurrentHashMap.newKeySet();
    AtomicLong ackCount = new AtomicLong();
    long end = System.currentTimeMillis() + seconds * 1000L;
    List<Thread> threads = new ArrayList<>();
    int viewThreads = Math.max(1, (int) Math.ceil(viewsPerSecond / 10));
    int checkInThreads = checkInsPerSecond <= 0 ? 0 : Math.max(1, (int) Math.ceil(checkInsPerSecond / 5));
    AtomicLong viewTurn = new AtomicLong();
    AtomicLong checkInTurn = new AtomicLong();
    for (int t = 0; t < viewThreads; t++) {
      threads.add(
          paced(end, stop, viewsPerSecond / viewThreads, () -> {
            Citizen c = citizens.get((int) (viewTurn.getAndIncrement() % citizens.size()));
            events.add(c.view());
          }));
    }
    for (int t = 0; t < checkInThreads; t++) {
      threads.add(
          paced(end, stop, checkInsPerSecond / checkInThreads, () -> {
            long turn = checkInTurn.getAndIncrement();
            Citizen c = citizens.get((int) (turn % citizens.size()));
            // Each citizen walks through the venues in its own order: every check-in is a new
            // visit, so an acknowledgement that maps to no row cannot hide behind a rescan.
            long visit = turn / citizens.size();
            String venue =
                venues.get((int) ((c.index * 7 + venueOffset + visit) % venues.size()));
            Event e = c.checkIn(venue);
            events.add(e);
            if (e.status() == 200) {
              Matcher m = CHECK_IN_ID.matcher(e.detail());
              while (m.find()) {
                acks.add(Long.parseLong(m.group(1)));
                ackCount.incrementAndGet();
              }
            }
          }));
    }
    for (Thread t : threads) {
      t.join();
    }
    List<Event> all = new ArrayList<>(events);
    all.sort((a, b) -> Long.compare(a.start(), b.start()));
    List<String> lines = new ArrayList<>();
    for (Event e : all) {
      lines.add(e.start() + " " + e.kind() + " " + e.status() + " " + e.latencyMs() + " " + tag(e));
    }
    Files.write(dir.resolve("events.txt"), lines);
    List<String> ackLines = new ArrayList<>();
    for (Long id : acks) {
      ackLines.add(Long.toString(id));
    }
    Collections.sort(ackLines);
    Files.write(dir.resolve("acks.txt"), ackLines);
    report(all, acks.size(), ackCount.get());
  }

  static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/([^\"/]+)\"");

  /**
   * One word for what an answer was, for the events file: ok, shed, the problem type of a
   * problem+json answer (storage-unavailable, internal-error, ...), the exception of a request that
   * got no answer, or "other".
   */
  static String tag(Event e) {
    if (e.status() == 200) {
      return "ok";
    }
    if (e.detail().startsWith("shed")) {
      return "shed";
    }
    if (e.status() == 0) {
      return e.detail().split(":", 2)[0];
    }
    Matcher m = PROBLEM_TYPE.matcher(e.detail());
    return m.find() ? m.group(1) : "other";
  }

  static Thread paced(long end, Path stop, double perSecond, Runnable action) {
    Thread t =
        new Thread(
            () -> {
              long interval = (long) (1_000_000_000L / perSecond);
              long next = System.nanoTime();
              while (System.currentTimeMillis() < end && !Files.exists(stop)) {
                action.run();
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                } else {
                  next = System.nanoTime(); // fell behind (slow answers): no burst to catch up
                }
              }
            });
    t.start();
    return t;
  }

  static final int RETRIES = Integer.getInteger("drill.retries", 0);
  static final AtomicLong RETRIED = new AtomicLong();

  static void report(List<Event> all, int distinctAcks, long ackReceipts) {
    for (String kind : List.of("view", "checkin")) {
      List<Event> of = all.stream().filter(e -> e.kind().equals(kind)).toList();
      long ok = of.stream().filter(e -> e.status() == 200).count();
      long shed = of.stream().filter(e -> e.detail().startsWith("shed")).count();
      long storage = of.stream().filter(e -> e.status() == 503 && e.detail().contains("storage-unavailable")).count();
      long signedOut = of.stream().filter(e -> e.status() == 401).count();
      long limited = of.stream().filter(e -> e.status() == 429).count();
      long refusedByRule = of.stream().filter(e -> e.status() == 422).count();
      long failed = of.size() - ok - shed - storage - signedOut - limited - refusedByRule;
      String p = kind + ".";
      System.out.println(p + "requests=" + of.size());
      System.out.println(p + "ok=" + ok);
      System.out.println(p + "shed=" + shed);
      System.out.println(p + "storage_unavailable=" + storage);
      System.out.println(p + "signed_out=" + signedOut);
      System.out.println(p + "limited=" + limited);
      System.out.println(p + "refused_by_rule=" + refusedByRule);
      System.out.println(p + "failed=" + failed);
      java.util.function.Predicate<Event> isOk = e -> e.status() == 200;
      java.util.function.Predicate<Event> isShed = e -> e.detail().startsWith("shed");
      java.util.function.Predicate<Event> isStorage =
          e -> e.status() == 503 && e.detail().contains("storage-unavailable");
      System.out.println(p + "ok_p50_ms=" + percentile(of, isOk, 50));
      System.out.println(p + "ok_p99_ms=" + percentile(of, isOk, 99));
      System.out.println(p + "ok_max_ms=" + percentile(of, isOk, 100));
      System.out.println(p + "max_gap_ms=" + maxGap(of));
      System.out.println(p + "shed_p50_ms=" + percentile(of, isShed, 50));
      System.out.println(p + "shed_p99_ms=" + percentile(of, isShed, 99));
      System.out.println(p + "storage_unavailable_p99_ms=" + percentile(of, isStorage, 99));
      of.stream()
          .filter(e -> e.status() != 200 && e.status() != 422)
          .limit(5)
          .forEach(e -> System.out.println("# " + kind + " " + e.status() + " " + e.detail()));
    }
    System.out.println("checkin.acknowledged=" + distinctAcks);
    System.out.println("checkin.ack_receipts=" + ackReceipts);
    System.out.println("checkin.retries=" + RETRIED.get());
  }

  static long percentile(List<Event> events, java.util.function.Predicate<Event> which, int p) {
    List<Long> l = new ArrayList<>();
    for (Event e : events) {
      if (which.test(e)) {
        l.add(e.latencyMs());
      }
    }
    if (l.isEmpty()) {
      return -1;
    }
    Collections.sort(l);
    int i = (int) Math.ceil(p / 100.0 * l.size()) - 1;
    return l.get(Math.max(0, Math.min(l.size() - 1, i)));
  }

  /** The longest time without a successful answer, from one success to the next. */
  static long maxGap(List<Event> events) {
    long last = -1;
    long gap = 0;
    for (Event e : events) {
      if (e.status() == 200) {
        long done = e.start() + e.latencyMs();
        if (last > 0) {
          gap = Math.max(gap, done - last);
        }
        last = Math.max(last, done);
      }
    }
    return gap;
  }

  static final class Citizen {
    final int index;
    final String base;
    final HttpClient client;
    final CookieManager jar = new CookieManager();

    Citizen(int index, String base, String cookieHeader) throws Exception {
      this.index = index;
      this.base = base;
      URI uri = URI.create(base + "/");
      for (String part : cookieHeader.split(";\\s*")) {
        int eq = part.indexOf('=');
        HttpCookie c = new HttpCookie(part.substring(0, eq), part.substring(eq + 1));
        c.setPath("/");
        c.setVersion(0);
        jar.getCookieStore().add(uri, c);
      }
      this.client = client(jar);
    }

    Event view() {
      return send("view", HttpRequest.newBuilder(URI.create(base + "/api/v1/me/code")).GET());
    }

    Event checkIn(String venue) {
      Event e = checkInOnce(venue);
      // A phone sends the same check-in again after a "retry is safe" refusal or a lost answer;
      // the server's rescan rule makes the repeat idempotent. Off unless -Ddrill.retries=N.
      for (int retry = 0; retry < RETRIES && retryable(e); retry++) {
        try {
          Thread.sleep(500L * (retry + 1));
        } catch (InterruptedException ie) {
          return e;
        }
        Event again = checkInOnce(venue);
        e = new Event(e.start(), e.kind(), again.status(), again.start() + again.latencyMs() - e.start(), again.detail());
        RETRIED.incrementAndGet();
      }
      return e;
    }

    private Event checkInOnce(String venue) {
      return send(
          "checkin",
          HttpRequest.newBuilder(URI.create(base + "/api/v1/me/check-ins"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"venue\":\"" + venue + "\"}")));
    }

    private static boolean retryable(Event e) {
      return e.status() == 0
          || e.status() == 502
          || e.status() == 503 && e.detail().contains("storage-unavailable");
    }

    private Event send(String kind, HttpRequest.Builder request) {
      long start = System.currentTimeMillis();
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r =
            client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String body = r.body();
        String detail =
            r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent() && body.contains("overloaded")
                    || r.statusCode() == 503 && body.contains("Busy right now")
                ? "shed " + body
                : body.length() > 300 ? body.substring(0, 300) : body;
        return new Event(start, kind, r.statusCode(), ms, detail);
      } catch (Exception e) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Event(start, kind, 0, ms, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  static HttpClient client(CookieManager jar) {
    return HttpClient.newBuilder()
        .cookieHandler(jar)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static final Pattern CSP_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  /**
   * A page as fetched, with PrimeFaces' CSP nonce of its view (sent in the Content-Security-Policy
   * header): PrimeFaces refuses a postback of that view without it ("CSP nonce mismatch").
   */
  static String page(HttpResponse<String> response) {
    for (String csp : response.headers().allValues("Content-Security-Policy")) {
      Matcher m = CSP_NONCE.matcher(csp);
      if (m.find()) {
        return "<!-- nonce:" + m.group(1) + " -->" + response.body();
      }
    }
    return response.body();
  }

  static String post(HttpClient client, String url, String page, String form) throws Exception {
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
    String answer =
        client
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    // A postback re-renders the same view: its nonce stays the one the view was created with.
    return nonce.find(0) ? "<!-- nonce:" + nonce.group(1) + " -->" + answer : answer;
  }
}
