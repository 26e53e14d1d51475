import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sign-in storm against one node: each "phone" opens the sign-in page, asks for a code (demo SMS
 * gateway: the code comes back on the page) and signs in with it — three requests, a fresh cookie
 * jar per phone that carries whatever cookies the responses set (a session id today, a signed
 * credential cookie tomorrow). Phones come from distinct addresses (X-Forwarded-For, the node
 * trusting 127.0.0.1 as its balancer), so the per-address limit holds at its default while the
 * storm runs.
 *
 * <pre>
 * storm    BASE POPULATION THREADS SECONDS   sign-ins/s, latency of a whole sign-in, outcomes
 * abandon  BASE POPULATION THREADS COUNT     COUNT code requests never redeemed (fills the OTP store)
 * limits   BASE POPULATION                   one address over its limit; one number's wrong codes
 * </pre>
 *
 * Mobiles are the seeded 170xxxxxxxx numbers (bench/SeedCitizens.java).
 */
public class SignInStorm {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern FORM_TOKEN = Pattern.compile("name=\"ocp-form\"[^>]*value=\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");
  static final Map<String, String> REFUSALS = new LinkedHashMap<>();

  static {
    REFUSALS.put("Too many sign-in codes were requested from this network", "per-address limit");
    REFUSALS.put("Too many wrong codes", "per-number lock");
    REFUSALS.put("Wrong code", "wrong code");
    REFUSALS.put("no longer valid", "expired");
    REFUSALS.put("not registered", "unknown number");
  }

  final String base;
  final int population;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  final AtomicLong next = new AtomicLong();
  final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

  SignInStorm(String base, int population) {
    this.base = base;
    this.population = population;
  }

  /** One phone: its own cookies and address. */
  final class Phone {
    final Map<String, String> cookies = new LinkedHashMap<>();
    final String address;
    final String mobile;
    String page;

    Phone(long k) {
      // spread over the population, and over 10.0.0.0/8 one address per phone
      this(k, "10." + ((k >> 16) & 255) + "." + ((k >> 8) & 255) + "." + (k & 255));
    }

    Phone(long k, String address) {
      this.mobile = String.format("170%08d", (k * 7919) % population);
      this.address = address;
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
      b.header("Accept-Language", "en").header("X-Forwarded-For", address);
      if (!cookies.isEmpty()) {
        StringBuilder c = new StringBuilder();
        cookies.forEach((n, v) -> c.append(c.length() == 0 ? "" : "; ").append(n).append('=').append(v));
        b.header("Cookie", c.toString());
      }
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : r.headers().allValues("set-cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return r;
    }

    void open() throws Exception {
      page = send(HttpRequest.newBuilder(URI.create(base + "/signin.xhtml"))).body();
    }

    HttpResponse<String> post(String form) throws Exception {
      Matcher vs = VIEW_STATE.matcher(page);
      if (vs.find()) {
        form += "&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
      }
      // the stateless sign-in form carries a token bound to the phone's form cookie
      Matcher token = FORM_TOKEN.matcher(page);
      if (token.find()) {
        form += "&ocp-form=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      }
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(base + "/signin.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form)));
      if (r.statusCode() == 200) {
        page = r.body();
      }
      return r;
    }

    /** Asks for a code: the code, or null (outcome counted). */
    String requestCode() throws Exception {
      post("signin=signin&signin%3Amobile=" + mobile + "&signin%3Asend=x");
      Matcher code = CODE.matcher(page);
      if (code.find()) {
        return code.group(1);
      }
      count(refusal(page));
      return null;
    }

    /** Redeems a code: true when signed in (a redirect away from the page). */
    boolean redeem(String code) throws Exception {
      HttpResponse<String> r =
          post("signin=signin&signin%3Amobile=" + mobile + "&signin%3Acode=" + code + "&signin%3Asubmit=x");
      if (r.statusCode() == 302 || r.statusCode() == 303) {
        return true;
      }
      count(refusal(r.body()));
      return false;
    }
  }

  static String refusal(String page) {
    for (var e : REFUSALS.entrySet()) {
      if (page.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return page.contains("503") ? "shed (503)" : "other";
  }

  void count(String outcome) {
    outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
  }

  void storm(int threads, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    List<Thread> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int me = t;
      latencies[me] = new long[1 << 20];
      workers.add(
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long s = System.nanoTime();
                  try {
                    Phone p = new Phone(next.getAndIncrement());
                    p.open();
                    String code = p.requestCode();
                    if (code != null && p.redeem(code)) {
                      count("signed in");
                      if (counts[me] < latencies[me].length) {
                        latencies[me][counts[me]++] = System.nanoTime() - s;
                      }
                    }
                  } catch (Exception e) {
                    count("error " + e.getClass().getSimpleName());
                  }
                }
              }));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long ok = outcomes.getOrDefault("signed in", new LongAdder()).sum();
    long[] all = new long[Arrays.stream(counts).sum()];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(latencies[t], 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf(
        "storm: %d threads, %.1f s: %,d sign-ins = %.0f sign-ins/s (%.0f requests/s);"
            + " whole sign-in p50 %.0f ms, p99 %.0f ms%n",
        threads, elapsed, ok, ok / elapsed, 3 * ok / elapsed, pct(all, 50), pct(all, 99));
    System.out.println("outcomes: " + outcomes);
  }

  static double pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }

  void abandon(int threads, int count) throws Exception {
    AtomicLong left = new AtomicLong(count);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          new Thread(
              () -> {
                while (left.getAndDecrement() > 0) {
                  try {
                    Phone p = new Phone(next.getAndIncrement() + 5_000_000);
                    p.open();
                    if (p.requestCode() != null) {
                      count("code sent, never redeemed");
                    }
                  } catch (Exception e) {
                    count("error " + e.getClass().getSimpleName());
                  }
                }
              }));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join();
    }
    System.out.println("abandoned sign-ins: " + outcomes);
  }

  void limits() throws Exception {
    // One address (a carrier NAT), 70 different numbers within the minute: the default limit is 60.
    // On 10 threads, so that all 70 fall in one minute even on a slow, shared box.
    Map<String, Integer> fromOneAddress = new ConcurrentHashMap<>();
    AtomicLong left = new AtomicLong(70);
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      senders.add(
          new Thread(
              () -> {
                long i;
                while ((i = left.decrementAndGet()) >= 0) {
                  try {
                    Phone shared = new Phone(9_000_000 + i, "192.0.2.77");
                    shared.open();
                    String outcome = shared.requestCode() != null ? "code sent" : refusal(shared.page);
                    fromOneAddress.merge(outcome, 1, Integer::sum);
                  } catch (Exception e) {
                    fromOneAddress.merge("error " + e, 1, Integer::sum);
                  }
                }
              }));
    }
    senders.forEach(Thread::start);
    for (Thread t : senders) {
      t.join();
    }
    System.out.println("70 code requests from one address in a minute: " + fromOneAddress);
    // One number, wrong codes: locked after 5; then even the right code is refused.
    Phone p = new Phone(9_100_000, "192.0.2.78");
    p.open();
    String code = p.requestCode();
    List<String> tries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String wrong = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
      tries.add(p.redeem(wrong) ? "signed in" : refusal(p.page));
    }
    tries.add("right code: " + (p.redeem(code) ? "signed in" : refusal(p.page)));
    Phone again = new Phone(9_100_000, "192.0.2.79");
    again.open();
    tries.add("new code for the number: " + (again.requestCode() != null ? "sent" : refusal(again.page)));
    System.out.println("one number, 6 wrong codes then the right one: " + tries);
  }

  public static void main(String[] args) throws Exception {
    SignInStorm s = new SignInStorm(args[1], Integer.parseInt(args[2]));
    switch (args[0]) {
      case "storm" -> s.storm(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "abandon" -> s.abandon(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "limits" -> s.limits();
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
