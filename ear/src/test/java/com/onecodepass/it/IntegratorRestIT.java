package com.onecodepass.it;

import static com.onecodepass.it.Integrators.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.health.Vaccinations;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.it.Integrators.Client;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST integrator API over plain HTTP, every operation: happy path, wrong scope, bad
 * credentials, malformed input, idempotent retry, limits and hostile XML.
 *
 * <p>Each test calls from an address of its own (X-Forwarded-For, believed from loopback while the
 * test runs), so the per-address windows (verifications, bcrypt checks, failed authentications) are
 * never shared with another test or another test class: no test depends on which ran before.
 */
@ExtendWith(ArquillianExtension.class)
class IntegratorRestIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Integrators.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CodeCard codeCard;
  @EJB HealthRecords healthRecords;
  @EJB Vaccinations vaccinationRecords;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /** This test's caller address; JUnit makes a new instance, so a new address, per test. */
  private final String address = ownAddress();

  private String trustedBefore;

  private record Person(long id, String residentId) {}

  @BeforeEach
  void believeLoopbackAsABalancer() {
    trustedBefore = System.setProperty("ocp.trusted-proxies", "127.0.0.1");
  }

  @AfterEach
  void restoreTheBalancers() {
    if (trustedBefore == null) {
      System.clearProperty("ocp.trusted-proxies");
    } else {
      System.setProperty("ocp.trusted-proxies", trustedBefore);
    }
  }

  /** A caller address nobody else uses (IPv6 documentation prefix, random interface id). */
  private static String ownAddress() {
    long id = UUID.randomUUID().getLeastSignificantBits();
    return String.format(
        "2001:db8::%x:%x:%x:%x",
        (id >>> 48) & 0xffff, (id >>> 32) & 0xffff, (id >>> 16) & 0xffff, id & 0xffff);
  }

  private HttpResponse<String> post(String path, Client client, String json, String... headers)
      throws Exception {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "X-Forwarded-For";
    all[headers.length + 1] = address;
    return Integrators.post(path, client, json, all);
  }

  private HttpResponse<String> get(String path, Client client) throws Exception {
    return Integrators.get(path, client, "X-Forwarded-For", address);
  }

  private Person person() {
    String residentId = TestPeople.residentId();
    long id =
        registration
            .register(new Registration("王芳", residentId, TestPeople.mobile(), "610113"))
            .citizenId();
    return new Person(id, residentId);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo("https://onecodepass.example/problems/" + code);
    assertThat(problem.getInt("status")).isEqualTo(status);
  }

  // --- keys and token verification (public) ---

  @Test
  void keysArePublicAndCacheable() throws Exception {
    HttpResponse<String> keys = get("/api/v1/keys", null);
    assertThat(keys.statusCode()).isEqualTo(200);
    assertThat(keys.body()).contains("\"keys\"");
    assertThat(keys.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
  }

  @Test
  void verifiesATokenAndTheFullScannedUrl() throws Exception {
    String token = codeCard.show(person().id).token();
    for (String scanned : List.of(token, Integrators.base() + "/c/" + token)) {
      JsonObject answer =
          json(post("/api/v1/tokens/verify", null, "{\"token\":\"" + scanned + "\"}"));
      assertThat(answer.getBoolean("valid")).isTrue();
      assertThat(answer.getString("color")).isEqualTo("GREEN");
      assertThat(answer.getString("maskedName")).isEqualTo("王*");
      assertThat(answer.containsKey("issuedAt") && answer.containsKey("expiresAt")).isTrue();
      assertThat(answer.containsKey("foreignLink")).isFalse();
    }
  }

  @Test
  void aGenuineTokenInALinkToAnotherHostIsFlagged() throws Exception {
    String token = codeCard.show(person().id).token();
    for (String scanned : List.of("https://evil.example/c/" + token, "evil.example/c/" + token)) {
      JsonObject answer =
          json(post("/api/v1/tokens/verify", null, "{\"token\":\"" + scanned + "\"}"));
      assertThat(answer.getBoolean("foreignLink")).as(scanned).isTrue();
      assertThat(answer.getString("color")).isEqualTo("GREEN");
      // The verification page gives it its own verdict, not "valid".
      assertThat(verificationPage(scanned))
          .contains("verdict foreign_link")
          .contains("链接并非一码通")
          .doesNotContain("verdict valid");
    }
    assertThat(verificationPage(Integrators.base() + "/c/" + token))
        .contains("verdict valid")
        .doesNotContain("foreign_link");
  }

  private String verificationPage(String scanned) throws Exception {
    return get("/verify.xhtml?t=" + URLEncoder.encode(scanned, StandardCharsets.UTF_8), null)
        .body();
  }

  @Test
  void aForgedOrGarbledTokenGetsItsSpecificError() throws Exception {
    String token = codeCard.show(person().id).token();
    char last = token.charAt(token.length() - 2);
    String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + "A";
    JsonObject answer = json(post("/api/v1/tokens/verify", null, "{\"token\":\"" + forged + "\"}"));
    assertThat(answer.getBoolean("valid")).isFalse();
    assertThat(answer.getString("error")).isIn("bad_signature", "malformed");
    JsonObject garbled = json(post("/api/v1/tokens/verify", null, "{\"token\":\"not-a-token\"}"));
    assertThat(garbled.getString("error")).isEqualTo("malformed");
  }

  @Test
  void verifyRejectsMalformedAndNonStrictJson() throws Exception {
    assertProblem(post("/api/v1/tokens/verify", null, "{}"), 400, "malformed-request");
    assertProblem(post("/api/v1/tokens/verify", null, "{\"token\":"), 400, "malformed-request");
    assertProblem(
        post("/api/v1/tokens/verify", null, "{\"token\":\"x\",\"extra\":1}"),
        400,
        "malformed-request");
  }

  @Test
  void publicVerificationIsRateLimitedPerAddress() throws Exception {
    // From an address of its own: the limit it exhausts is nobody else's (other tests verify too).
    String address = Integrators.ownLoopbackAddress();
    String limited = null;
    for (int i = 0; i < 400 && limited == null; i++) {
      String r = Integrators.postFrom(address, "/api/v1/tokens/verify", "{\"token\":\"x\"}");
      if (r.startsWith("HTTP/1.1 429")) {
        limited = r;
      }
    }
    assertThat(limited).as("a 429 within 400 quick requests").isNotNull();
    assertThat(limited)
        .containsIgnoringCase("Content-Type: application/problem+json")
        .contains("https://onecodepass.example/problems/rate-limited");
    Matcher retryAfter = Pattern.compile("(?i)Retry-After: (\\d+)").matcher(limited);
    assertThat(retryAfter.find()).isTrue();
    assertThat(Integer.parseInt(retryAfter.group(1))).isBetween(1, 2);
    assertThat(post("/api/v1/tokens/verify", null, "{\"token\":\"x\"}").statusCode())
        .as("another address is not limited")
        .isEqualTo(200);
  }

  // --- code status ---

  @Test
  void codeStatusByResidentIdIsScopedAndAudited() throws Exception {
    Person p = person();
    Client reader = Integrators.client(dataSource, "code:read", 100);
    HttpResponse<String> ok =
        post("/api/v1/code-status", reader, "{\"residentId\":\"" + p.residentId + "\"}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonObject status = json(ok);
    assertThat(status.getString("color")).isEqualTo("GREEN");
    assertThat(status.getString("maskedResidentId"))
        .isEqualTo(p.residentId.substring(0, 4) + "**********" + p.residentId.substring(14));
    assertThat(ok.body()).doesNotContain(p.residentId);
    assertThat(audited(reader.id(), "code-status")).contains("ok");

    Client writer = Integrators.client(dataSource, "results:write", 100);
    assertProblem(
        post("/api/v1/code-status", writer, "{\"residentId\":\"" + p.residentId + "\"}"),
        403,
        "insufficient-scope");
    assertThat(audited(writer.id(), "code-status")).contains("insufficient-scope");
  }

  @Test
  void codeStatusRefusesBadCredentialsAndBadIds() throws Exception {
    Client reader = Integrators.client(dataSource, "code:read", 100);
    HttpResponse<String> anonymous =
        post("/api/v1/code-status", null, "{\"residentId\":\"610113199003071234\"}");
    assertProblem(anonymous, 401, "unauthorized");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
    assertProblem(
        post(
            "/api/v1/code-status",
            new Client(reader.id(), "wrong"),
            "{\"residentId\":\"610113199003071234\"}"),
        401,
        "unauthorized");
    String badCheckDigit = TestPeople.residentId();
    badCheckDigit = badCheckDigit.substring(0, 17) + (badCheckDigit.charAt(17) == '1' ? '2' : '1');
    HttpResponse<String> invalid =
        post("/api/v1/code-status", reader, "{\"residentId\":\"" + badCheckDigit + "\"}");
    assertProblem(invalid, 400, "invalid-resident-id");
    assertThat(json(invalid).getString("field")).isEqualTo("residentId");
    assertProblem(
        post("/api/v1/code-status", reader, "{\"residentId\":\"" + TestPeople.residentId() + "\"}"),
        404,
        "unknown-resident");
    assertProblem(post("/api/v1/code-status", reader, "[1,2"), 400, "malformed-request");
  }

  // --- test results ---

  @Test
  void testResultsAreAcceptedPerItemAndARetryNeverDuplicates() throws Exception {
    Person p = person();
    Client lab = Integrators.client(dataSource, "results:write", 100);
    int before = healthRecords.testResults(p.id).size();
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String body =
        "{\"results\":["
            + "{\"residentId\":\""
            + p.residentId
            + "\",\"outcome\":\"NEGATIVE\",\"sampleTime\":\""
            + now
            + "\",\"resultTime\":\""
            + now
            + "\",\"lab\":\"IT lab\"},"
            + "{\"residentId\":\"610113199003071235\",\"outcome\":\"NEGATIVE\",\"resultTime\":\""
            + now
            + "\",\"lab\":\"IT lab\"},"
            + "{\"tubeBarcode\":\"NO-SUCH-TUBE-1\",\"outcome\":\"NEGATIVE\",\"resultTime\":\""
            + now
            + "\",\"lab\":\"IT lab\"},"
            + "{\"residentId\":\""
            + p.residentId
            + "\",\"outcome\":\"MAYBE\",\"resultTime\":\""
            + now
            + "\",\"lab\":\"IT lab\"}]}";
    String key = key();
    HttpResponse<String> first = post("/api/v1/test-results", lab, body, "Idempotency-Key", key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonObject receipt = json(first);
    assertThat(receipt.getInt("accepted")).isEqualTo(1);
    assertThat(receipt.getInt("rejected")).isEqualTo(3);
    List<String> reasons = new ArrayList<>();
    receipt
        .getJsonArray("items")
        .forEach(i -> reasons.add(i.asJsonObject().getString("reason", "-")));
    assertThat(reasons)
        .containsExactly("-", "invalid-resident-id", "unknown-tube", "invalid-outcome");
    assertThat(healthRecords.testResults(p.id)).hasSize(before + 1);

    HttpResponse<String> retry = post("/api/v1/test-results", lab, body, "Idempotency-Key", key);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(json(retry)).isEqualTo(receipt);
    assertThat(healthRecords.testResults(p.id)).hasSize(before + 1);

    assertProblem(
        post("/api/v1/test-results", lab, body.replace("IT lab", "Other"), "Idempotency-Key", key),
        409,
        "idempotency-conflict");
  }

  @Test
  void testResultsRefuseWrongScopeBadCredentialsAndMalformedBatches() throws Exception {
    String body =
        "{\"results\":[{\"tubeBarcode\":\"T-000001\",\"outcome\":\"NEGATIVE\","
            + "\"resultTime\":\"2026-01-04T08:00:00Z\",\"lab\":\"x\"}]}";
    Client reader = Integrators.client(dataSource, "code:read", 100);
    Client lab = Integrators.client(dataSource, "results:write", 100);
    assertProblem(
        post("/api/v1/test-results", reader, body, "Idempotency-Key", key()),
        403,
        "insufficient-scope");
    assertProblem(
        post("/api/v1/test-results", new Client(lab.id(), "nope"), body, "Idempotency-Key", key()),
        401,
        "unauthorized");
    assertProblem(post("/api/v1/test-results", lab, body), 400, "malformed-request");
    assertProblem(
        post("/api/v1/test-results", lab, "{\"results\":[]}", "Idempotency-Key", key()),
        400,
        "malformed-request");
    assertProblem(
        post("/api/v1/test-results", lab, "{\"results\":{}}", "Idempotency-Key", key()),
        400,
        "malformed-request");
    StringBuilder tooMany = new StringBuilder("{\"results\":[");
    for (int i = 0; i <= 10_000; i++) {
      tooMany.append(i == 0 ? "" : ",").append("{\"tubeBarcode\":\"T-000001\"}");
    }
    assertProblem(
        post("/api/v1/test-results", lab, tooMany + "]}", "Idempotency-Key", key()),
        400,
        "batch-too-large");
  }

  // --- vaccinations (code-issue) and transit trips (trip-record) ---

  @Test
  void vaccinationsAreAcceptedOnceAndValidatedPerItem() throws Exception {
    Person p = person();
    Client site = Integrators.client(dataSource, "vaccinations:write", 100);
    String body =
        "{\"vaccinations\":[{\"residentId\":\""
            + p.residentId
            + "\",\"vaccine\":\"CoronaVac\",\"dose\":3,\"administeredAt\":"
            + "\"2026-01-04T09:30:00+08:00\",\"site\":\"雁塔区接种点\"},"
            + "{\"residentId\":\""
            + p.residentId
            + "\",\"vaccine\":\"CoronaVac\",\"dose\":0,\"administeredAt\":"
            + "\"2026-01-04T09:30:00+08:00\",\"site\":\"x\"}]}";
    acceptedOnceRejectedOnce("/api/v1/vaccinations", site, body, "invalid-dose");
    assertThat(vaccinationRecords.list(p.id())).hasSize(1);
    assertThat(vaccinationRecords.list(p.id()).get(0).dose()).isEqualTo(3);
    assertProblem(
        post(
            "/api/v1/vaccinations",
            Integrators.client(dataSource, "trips:write", 100),
            body,
            "Idempotency-Key",
            key()),
        403,
        "insufficient-scope");
    assertProblem(
        post("/api/v1/vaccinations", null, body, "Idempotency-Key", key()), 401, "unauthorized");
    assertProblem(
        post("/api/v1/vaccinations", site, "{\"doses\":[]}", "Idempotency-Key", key()),
        400,
        "malformed-request");
  }

  @Test
  void transitTripsAreAcceptedOnceAndValidatedPerItem() throws Exception {
    Person p = person();
    Client gate = Integrators.client(dataSource, "trips:write", 100);
    String body =
        "{\"trips\":[{\"residentId\":\""
            + p.residentId
            + "\",\"line\":\"Metro 2\",\"boardedAt\":\"2026-01-04T07:45:00+08:00\","
            + "\"boardingStop\":\"metro-610113\",\"alightedAt\":\"2026-01-04T08:05:00+08:00\","
            + "\"alightingStop\":\"钟楼\"},"
            + "{\"residentId\":\""
            + p.residentId
            + "\",\"line\":\"Metro 2\",\"boardedAt\":\"yesterday\",\"boardingStop\":\"小寨\"}]}";
    acceptedOnceRejectedOnce("/api/v1/transit-trips", gate, body, "invalid-time");
    assertThat(tripRows(p.id())).isEqualTo(1);
    assertProblem(
        post(
            "/api/v1/transit-trips",
            Integrators.client(dataSource, "results:write", 100),
            body,
            "Idempotency-Key",
            key()),
        403,
        "insufficient-scope");
    assertProblem(
        post("/api/v1/transit-trips", new Client(gate.id(), "x"), body, "Idempotency-Key", key()),
        401,
        "unauthorized");
    assertProblem(
        post(
            "/api/v1/transit-trips",
            gate,
            "{\"trips\":[{\"residentId\":1",
            "Idempotency-Key",
            key()),
        400,
        "malformed-request");
  }

  @Test
  void anUnknownBoardingStopIsRejectedPerItemAndTheBatchGetsItsReceipt() throws Exception {
    Person p = person();
    Client gate = Integrators.client(dataSource, "trips:write", 100);
    String body =
        "{\"trips\":[{\"residentId\":\""
            + p.residentId
            + "\",\"line\":\"Metro 2\",\"boardedAt\":\"2026-01-04T07:45:00+08:00\","
            + "\"boardingStop\":\"metro-610113\"},"
            + "{\"residentId\":\""
            + p.residentId
            + "\",\"line\":\"Metro 2\",\"boardedAt\":\"2026-01-04T08:45:00+08:00\","
            + "\"boardingStop\":\"no-such-gate\"}]}";
    acceptedOnceRejectedOnce("/api/v1/transit-trips", gate, body, "transit-unknowngate");
    assertThat(tripRows(p.id())).isEqualTo(1);
  }

  @Test
  void aRefusalNamesTheFieldAsTheContractDoes() throws Exception {
    Client lab = Integrators.client(dataSource, "results:write", 100);
    HttpResponse<String> badKey =
        post("/api/v1/test-results", lab, "{\"results\":[]}", "Idempotency-Key", "short");
    assertProblem(badKey, 400, "malformed-request");
    assertThat(json(badKey).getString("field")).isEqualTo("Idempotency-Key");
    HttpResponse<String> empty =
        post("/api/v1/test-results", lab, "{\"results\":[]}", "Idempotency-Key", key());
    assertProblem(empty, 400, "malformed-request");
    assertThat(json(empty).getString("field")).isEqualTo("results");
    HttpResponse<String> noTrips =
        post(
            "/api/v1/transit-trips",
            Integrators.client(dataSource, "trips:write", 100),
            "{\"trips\":[]}",
            "Idempotency-Key",
            key());
    assertThat(json(noTrips).getString("field")).isEqualTo("trips");
  }

  // --- risk areas ---

  @Test
  void riskAreasNeedTheirScope() throws Exception {
    HttpResponse<String> areas =
        get("/api/v1/risk-areas", Integrators.client(dataSource, "areas:read", 100));
    assertThat(areas.statusCode()).isEqualTo(200);
    assertThat(json(areas).getJsonArray("areas")).isNotNull();
    assertProblem(
        get("/api/v1/risk-areas", Integrators.client(dataSource, "code:read", 100)),
        403,
        "insufficient-scope");
    assertProblem(get("/api/v1/risk-areas", null), 401, "unauthorized");
  }

  // --- limits and hostile input ---

  @Test
  void aClientOverItsRateLimitGets429WithRetryAfter() throws Exception {
    Client slow = Integrators.client(dataSource, "areas:read", 2);
    HttpResponse<String> limited = null;
    for (int i = 0; i < 20 && limited == null; i++) {
      HttpResponse<String> r = get("/api/v1/risk-areas", slow);
      if (r.statusCode() == 429) {
        limited = r;
      }
    }
    assertThat(limited).isNotNull();
    assertProblem(limited, 429, "rate-limited");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void xmlIsNotAcceptedSoXxeAndBillionLaughsGoNowhere() throws Exception {
    for (String xml :
        List.of(
            Integrators.xxe("<token>", "</token>"),
            Integrators.billionLaughs("<token>", "</token>"))) {
      HttpResponse<String> response =
          Integrators.HTTP.send(
              HttpRequest.newBuilder(URI.create(Integrators.base() + "/api/v1/tokens/verify"))
                  .header("Content-Type", "application/xml")
                  .POST(HttpRequest.BodyPublishers.ofString(xml))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertProblem(response, 415, "unsupported-media-type");
      assertThat(response.body()).doesNotContain("root:").doesNotContain("lollol");
      // The same XML declared as JSON is just malformed JSON.
      assertProblem(post("/api/v1/tokens/verify", null, xml), 400, "malformed-request");
    }
  }

  @Test
  void aBodyOverTheServersPageLimitGetsProblemJsonNotAnHtmlPage() throws Exception {
    String head = Integrators.announceBody("/api/v1/tokens/verify", "application/json", 11_000_000);
    assertThat(head).startsWith("HTTP/1.1 413").contains("application/problem+json");
  }

  @Test
  void anAddressOverTheFailureLimitIsRefusedEvenWithTheRightSecret() throws Exception {
    Client lab = Integrators.client(dataSource, "areas:read", 100);
    Client guesser = new Client(lab.id(), "wrong-secret");
    // The 30 failures must fall into one fixed one-minute window. Rather than wait for a window to
    // begin, a run that a window's end cut in two is repeated from a fresh address, whose counters
    // start in the new window (a run takes a few seconds, so the second one fits).
    FailureRun run = null;
    for (int attempt = 0; attempt < 3 && (run == null || !run.oneWindow()); attempt++) {
      run = failures(ownAddress(), lab, guesser);
    }
    assertThat(run.oneWindow()).as("a run within one minute window").isTrue();
    assertThat(run.first().statusCode()).isEqualTo(200);
    for (HttpResponse<String> failure : run.failures()) {
      assertProblem(failure, 401, "unauthorized");
    }
    assertProblem(run.blocked(), 429, "rate-limited");
    // Blocked means nothing is checked: the right secret (even one this node remembers) too.
    assertProblem(run.right(), 429, "rate-limited");
    assertThat(run.right().headers().firstValue("Retry-After")).isPresent();
    // Another address is not affected.
    assertThat(riskAreas(lab, "X-Forwarded-For", address).statusCode()).isEqualTo(200);
  }

  /** One try of the lock-out from {@code from}, with the minute windows it started and ended in. */
  private record FailureRun(
      HttpResponse<String> first,
      List<HttpResponse<String>> failures,
      HttpResponse<String> blocked,
      HttpResponse<String> right,
      long startWindow,
      long endWindow) {

    boolean oneWindow() {
      return startWindow == endWindow;
    }
  }

  private static FailureRun failures(String from, Client lab, Client guesser) throws Exception {
    String[] forwarded = {"X-Forwarded-For", from};
    HttpResponse<String> first = riskAreas(lab, forwarded);
    // The test runs inside the server, so this is the clock the limiter's windows follow.
    long start = System.currentTimeMillis() / 60_000;
    List<HttpResponse<String>> failures = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      failures.add(riskAreas(guesser, forwarded));
    }
    HttpResponse<String> blocked = riskAreas(guesser, forwarded);
    HttpResponse<String> right = riskAreas(lab, forwarded);
    return new FailureRun(
        first, failures, blocked, right, start, System.currentTimeMillis() / 60_000);
  }

  private static HttpResponse<String> riskAreas(Client client, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Integrators.base() + "/api/v1/risk-areas"))
            .header("Authorization", client.basic());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Integrators.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
    assertThat(Integrators.announceHugeBody("/api/v1/test-results", "application/json"))
        .contains(" 413");
  }

  /**
   * Submits a two-item batch twice with one key: the first item accepted, the second rejected for
   * {@code reason}, and the retry answered with the same receipt.
   */
  private void acceptedOnceRejectedOnce(String path, Client client, String body, String reason)
      throws Exception {
    String key = key();
    HttpResponse<String> first = post(path, client, body, "Idempotency-Key", key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first).getInt("accepted")).isEqualTo(1);
    assertThat(json(first).getJsonArray("items").getJsonObject(1).getString("reason"))
        .isEqualTo(reason);
    HttpResponse<String> retry = post(path, client, body, "Idempotency-Key", key);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(json(retry)).isEqualTo(json(first));
  }

  private String audited(String clientId, String operation) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT outcome FROM api_audit WHERE client_id = ? AND operation = ?"
                    + " ORDER BY id")) {
      select.setString(1, clientId);
      select.setString(2, operation);
      StringBuilder outcomes = new StringBuilder();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          outcomes.append(r.getString(1)).append(';');
        }
      }
      return outcomes.toString();
    }
  }

  private int tripRows(long citizenId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT COUNT(*) FROM check_in WHERE citizen_id = ?")) {
      select.setLong(1, citizenId);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
