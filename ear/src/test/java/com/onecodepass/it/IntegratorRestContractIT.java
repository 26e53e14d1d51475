package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.it.Integrators.Client;
import com.onecodepass.restclient.ApiClient;
import com.onecodepass.restclient.ApiException;
import com.onecodepass.restclient.api.DefaultApi;
import com.onecodepass.restclient.model.BatchReceipt;
import com.onecodepass.restclient.model.BatchReceiptItemsInner;
import com.onecodepass.restclient.model.Color;
import com.onecodepass.restclient.model.ItemReason;
import com.onecodepass.restclient.model.StatusRequest;
import com.onecodepass.restclient.model.SubmitTestResultsRequest;
import com.onecodepass.restclient.model.SubmitTransitTripsRequest;
import com.onecodepass.restclient.model.SubmitVaccinationsRequest;
import com.onecodepass.restclient.model.TestResult;
import com.onecodepass.restclient.model.TokenCheck;
import com.onecodepass.restclient.model.TransitTrip;
import com.onecodepass.restclient.model.Vaccination;
import com.onecodepass.restclient.model.VerifyRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract as an integrator meets it: a client generated at build time from our OpenAPI
 * document (openapi-generator, java native) calls every operation, and each test provokes every
 * error status the document declares for its operation — and no undeclared one. Each test makes its
 * own clients and people (test WAR fixtures), so none depends on another's leftovers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegratorRestContractIT {

  private static final String ORIGIN =
      "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final OffsetDateTime HOUR_AGO =
      OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS);

  /** Over the 8 MiB body limit. */
  private static final String HUGE = "x".repeat(9 * 1024 * 1024);

  private static Map<String, Set<Integer>> documented;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Integrators.earWithTests();
  }

  /** Error statuses per operationId, as the served document declares them. */
  @BeforeAll
  static void readTheServedContract() throws Exception {
    String yaml =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(ORIGIN + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    OpenAPI api = new OpenAPIV3Parser().readContents(yaml).getOpenAPI();
    documented = new TreeMap<>();
    for (PathItem path : api.getPaths().values()) {
      for (Operation op : path.readOperations()) {
        documented.put(
            op.getOperationId(),
            op.getResponses().keySet().stream()
                .map(Integer::valueOf)
                .filter(s -> s >= 400)
                .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
  }

  // --- the generated client, configured as an integrator would, plus deliberate misuse ---

  private static final Consumer<HttpRequest.Builder> AS_IS = b -> {};
  private static final Consumer<HttpRequest.Builder> ACCEPT_XML =
      b -> b.setHeader("Accept", "application/xml");
  private static final Consumer<HttpRequest.Builder> SEND_XML =
      b -> b.setHeader("Content-Type", "application/xml");

  private static Consumer<HttpRequest.Builder> method(String method) {
    return b -> b.method(method, HttpRequest.BodyPublishers.noBody());
  }

  private static DefaultApi api(Client client, Consumer<HttpRequest.Builder> misuse) {
    ApiClient apiClient = new ApiClient();
    apiClient.updateBaseUri(ORIGIN + "/api/v1");
    apiClient.setRequestInterceptor(
        b -> {
          if (client != null) {
            b.setHeader("Authorization", client.basic());
          }
          misuse.accept(b);
        });
    return new DefaultApi(apiClient);
  }

  private interface Call {
    void run() throws ApiException;
  }

  /** The HTTP status a call was answered with; an error must come as problem+json. */
  private static int status(Call call) {
    try {
      call.run();
      return 200;
    } catch (ApiException e) {
      assertThat(e.getCode()).as("an HTTP answer, not a broken connection: " + e).isPositive();
      assertThat(e.getResponseHeaders().firstValue("Content-Type").orElse(""))
          .as(e.getCode() + " " + e.getResponseBody())
          .startsWith("application/problem+json");
      return e.getCode();
    }
  }

  /** The first status of repeated calls that is not 200 (to reach a rate limit). */
  private static int untilRefused(int attempts, Call call) {
    for (int i = 0; i < attempts; i++) {
      int status = status(call);
      if (status != 200) {
        return status;
      }
    }
    return 200;
  }

  private static void assertCovers(String operationId, Set<Integer> provoked) {
    Set<Integer> expected = new TreeSet<>(documented.get(operationId));
    expected.remove(503); // provoked in anOutageIsA503WithRetryAfterOnEveryOperationThatSaysSo
    assertThat(provoked).as(operationId).isEqualTo(expected);
  }

  // --- fixtures, from the test WAR ---

  private static String fixture(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(ORIGIN + "/ocp-it/integrator-fixtures" + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static Client client(String scopes, int perSecond) throws Exception {
    String[] lines =
        fixture("/client?perSecond=" + perSecond + "&scopes=" + scopes.replace(" ", "+"))
            .split("\n");
    return new Client(lines[0].strip(), lines[1].strip());
  }

  private static String person() throws Exception {
    return fixture("/person").strip();
  }

  private static String badCheckDigit(String residentId) {
    return residentId.substring(0, 17) + (residentId.endsWith("1") ? "2" : "1");
  }

  // --- one test per operation ---

  @Test
  void verificationKeys() throws Exception {
    assertThat(api(null, AS_IS).verificationKeys().getKeys()).isNotEmpty();
    assertCovers(
        "verificationKeys",
        Set.of(
            status(() -> api(null, method("DELETE")).verificationKeys()),
            status(() -> api(null, ACCEPT_XML).verificationKeys())));
  }

  @Test
  void verifyToken() throws Exception {
    VerifyRequest garbled = new VerifyRequest().token("not-a-token");
    TokenCheck check = api(null, AS_IS).verifyToken(garbled);
    assertThat(check.getValid()).isFalse();
    assertThat(check.getError()).isEqualTo(TokenCheck.ErrorEnum.MALFORMED);
    Set<Integer> provoked = new TreeSet<>();
    provoked.add(status(() -> api(null, AS_IS).verifyToken(new VerifyRequest().token(""))));
    provoked.add(status(() -> api(null, method("GET")).verifyToken(garbled)));
    provoked.add(status(() -> api(null, ACCEPT_XML).verifyToken(garbled)));
    provoked.add(status(() -> api(null, AS_IS).verifyToken(new VerifyRequest().token(HUGE))));
    provoked.add(status(() -> api(null, SEND_XML).verifyToken(garbled)));
    // Last: the public limit is per address, and this test's address is everyone's here.
    DefaultApi anyone = api(null, AS_IS);
    provoked.add(untilRefused(400, () -> anyone.verifyToken(garbled)));
    assertCovers("verifyToken", provoked);
  }

  @Test
  void codeStatus() throws Exception {
    String residentId = person();
    Client reader = client("code:read", 100);
    StatusRequest request = new StatusRequest().residentId(residentId);
    assertThat(api(reader, AS_IS).codeStatus(request).getColor()).isEqualTo(Color.GREEN);
    Set<Integer> provoked = new TreeSet<>();
    provoked.add(
        status(
            () ->
                api(reader, AS_IS)
                    .codeStatus(new StatusRequest().residentId(badCheckDigit(residentId)))));
    provoked.add(status(() -> api(null, AS_IS).codeStatus(request)));
    Client other = client("areas:read", 100);
    provoked.add(status(() -> api(other, AS_IS).codeStatus(request)));
    provoked.add(
        status(
            () ->
                api(reader, AS_IS)
                    .codeStatus(new StatusRequest().residentId(TestPeople.residentId()))));
    provoked.add(status(() -> api(reader, method("GET")).codeStatus(request)));
    provoked.add(status(() -> api(reader, ACCEPT_XML).codeStatus(request)));
    provoked.add(status(() -> api(reader, AS_IS).codeStatus(new StatusRequest().residentId(HUGE))));
    provoked.add(status(() -> api(reader, SEND_XML).codeStatus(request)));
    DefaultApi slow = api(client("code:read", 1), AS_IS);
    provoked.add(untilRefused(20, () -> slow.codeStatus(request)));
    assertCovers("codeStatus", provoked);
  }

  /** One batch operation, seen through the generated client. */
  private record BatchOperation<B>(
      String operationId,
      String scope,
      Function<String, B> body,
      Function<String, B> changed,
      BatchCall<B> call) {}

  private interface BatchCall<B> {
    BatchReceipt submit(DefaultApi api, String key, B body) throws ApiException;
  }

  /** 200, then every documented refusal of a batch operation. */
  private static <B> void everyAnswerOf(BatchOperation<B> op) throws Exception {
    String residentId = person();
    Client writer = client(op.scope(), 100);
    B body = op.body().apply(residentId);
    String key = Integrators.key();
    BatchReceipt receipt = op.call().submit(api(writer, AS_IS), key, body);
    assertThat(receipt.getAccepted()).isEqualTo(1);
    assertThat(op.call().submit(api(writer, AS_IS), key, body)).isEqualTo(receipt);
    Set<Integer> provoked = new TreeSet<>();
    provoked.add(status(() -> op.call().submit(api(writer, AS_IS), "short", body)));
    provoked.add(status(() -> op.call().submit(api(null, AS_IS), Integrators.key(), body)));
    Client other = client("code:read", 100);
    provoked.add(status(() -> op.call().submit(api(other, AS_IS), Integrators.key(), body)));
    provoked.add(
        status(() -> op.call().submit(api(writer, method("GET")), Integrators.key(), body)));
    provoked.add(status(() -> op.call().submit(api(writer, ACCEPT_XML), Integrators.key(), body)));
    provoked.add(
        status(() -> op.call().submit(api(writer, AS_IS), key, op.changed().apply(residentId))));
    provoked.add(
        status(
            () -> op.call().submit(api(writer, AS_IS), Integrators.key(), op.body().apply(HUGE))));
    provoked.add(status(() -> op.call().submit(api(writer, SEND_XML), Integrators.key(), body)));
    DefaultApi slow = api(client(op.scope(), 1), AS_IS);
    provoked.add(untilRefused(20, () -> op.call().submit(slow, Integrators.key(), body)));
    assertCovers(op.operationId(), provoked);
  }

  private static final Function<String, SubmitTestResultsRequest> TEST_RESULTS_BODY =
      id ->
          new SubmitTestResultsRequest()
              .results(
                  List.of(
                      new TestResult()
                          .residentId(id)
                          .outcome(TestResult.OutcomeEnum.NEGATIVE)
                          .sampleTime(HOUR_AGO)
                          .resultTime(HOUR_AGO.plusMinutes(30))
                          .lab("contract lab")));

  private static final BatchOperation<SubmitTestResultsRequest> TEST_RESULTS =
      new BatchOperation<>(
          "submitTestResults",
          "results:write",
          TEST_RESULTS_BODY,
          id -> {
            SubmitTestResultsRequest other = TEST_RESULTS_BODY.apply(id);
            other.getResults().get(0).lab("another lab");
            return other;
          },
          DefaultApi::submitTestResults);

  private static final Function<String, SubmitVaccinationsRequest> VACCINATIONS_BODY =
      id ->
          new SubmitVaccinationsRequest()
              .vaccinations(
                  List.of(
                      new Vaccination()
                          .residentId(id)
                          .vaccine("CoronaVac")
                          .dose(1)
                          .administeredAt(HOUR_AGO)
                          .site("雁塔区接种点")));

  private static final BatchOperation<SubmitVaccinationsRequest> VACCINATIONS =
      new BatchOperation<>(
          "submitVaccinations",
          "vaccinations:write",
          VACCINATIONS_BODY,
          id -> {
            SubmitVaccinationsRequest other = VACCINATIONS_BODY.apply(id);
            other.getVaccinations().get(0).site("another site");
            return other;
          },
          DefaultApi::submitVaccinations);

  private static final Function<String, SubmitTransitTripsRequest> TRIPS_BODY =
      id ->
          new SubmitTransitTripsRequest()
              .trips(
                  List.of(
                      new TransitTrip()
                          .residentId(id)
                          .line("Metro 2")
                          .boardedAt(HOUR_AGO)
                          .boardingStop("metro-610113")));

  private static final BatchOperation<SubmitTransitTripsRequest> TRIPS =
      new BatchOperation<>(
          "submitTransitTrips",
          "trips:write",
          TRIPS_BODY,
          id -> {
            SubmitTransitTripsRequest other = TRIPS_BODY.apply(id);
            other.getTrips().get(0).line("Metro 3");
            return other;
          },
          DefaultApi::submitTransitTrips);

  @Test
  void submitTestResults() throws Exception {
    everyAnswerOf(TEST_RESULTS);
  }

  @Test
  void submitVaccinations() throws Exception {
    everyAnswerOf(VACCINATIONS);
  }

  @Test
  void submitTransitTrips() throws Exception {
    everyAnswerOf(TRIPS);
  }

  @Test
  void riskAreas() throws Exception {
    Client reader = client("areas:read", 100);
    assertThat(api(reader, AS_IS).riskAreas().getAreas()).isNotNull();
    Set<Integer> provoked = new TreeSet<>();
    provoked.add(status(() -> api(null, AS_IS).riskAreas()));
    Client other = client("code:read", 100);
    provoked.add(status(() -> api(other, AS_IS).riskAreas()));
    provoked.add(status(() -> api(reader, method("DELETE")).riskAreas()));
    provoked.add(status(() -> api(reader, ACCEPT_XML).riskAreas()));
    DefaultApi slow = api(client("areas:read", 1), AS_IS);
    provoked.add(untilRefused(20, slow::riskAreas));
    assertCovers("riskAreas", provoked);
  }

  // --- across operations ---

  @Test
  void anUnknownGateIsRejectedPerItemAndTheBatchStillGetsItsReceipt() throws Exception {
    String residentId = person();
    DefaultApi gate = api(client("trips:write", 100), AS_IS);
    SubmitTransitTripsRequest body =
        new SubmitTransitTripsRequest()
            .trips(
                List.of(
                    new TransitTrip()
                        .residentId(residentId)
                        .line("Metro 2")
                        .boardedAt(HOUR_AGO)
                        .boardingStop("metro-610113"),
                    new TransitTrip()
                        .residentId(residentId)
                        .line("Metro 2")
                        .boardedAt(HOUR_AGO.plusMinutes(20))
                        .boardingStop("no-such-gate")));
    String key = Integrators.key();
    BatchReceipt receipt = gate.submitTransitTrips(key, body);
    assertThat(receipt.getAccepted()).isEqualTo(1);
    assertThat(receipt.getItems())
        .extracting(BatchReceiptItemsInner::getReason)
        .containsExactly(null, ItemReason.TRANSIT_UNKNOWNGATE);
    assertThat(gate.submitTransitTrips(key, body)).isEqualTo(receipt);
  }

  @Test
  void anOutageIsA503WithRetryAfterOnEveryOperationThatSaysSo() throws Exception {
    String residentId = person();
    Map<String, Call> calls = new TreeMap<>();
    // Clients never used before: their first authentication needs the database.
    calls.put(
        "codeStatus",
        withClient("code:read", api -> api.codeStatus(new StatusRequest().residentId(residentId))));
    calls.put(
        "submitTestResults",
        withClient(
            "results:write",
            api ->
                TEST_RESULTS
                    .call()
                    .submit(api, Integrators.key(), TEST_RESULTS.body().apply(residentId))));
    calls.put(
        "submitVaccinations",
        withClient(
            "vaccinations:write",
            api ->
                VACCINATIONS
                    .call()
                    .submit(api, Integrators.key(), VACCINATIONS.body().apply(residentId))));
    calls.put(
        "submitTransitTrips",
        withClient(
            "trips:write",
            api -> TRIPS.call().submit(api, Integrators.key(), TRIPS.body().apply(residentId))));
    calls.put("riskAreas", withClient("areas:read", DefaultApi::riskAreas));
    Set<String> saySo =
        documented.entrySet().stream()
            .filter(e -> e.getValue().contains(503))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(calls.keySet()).isEqualTo(saySo);

    // Each refused call waits for the pool's 2 s timeout; hold the pool long enough for all.
    CompletableFuture<HttpResponse<InputStream>> outage =
        HTTP.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        ORIGIN
                            + "/ocp-it/integrator-fixtures/outage?millis="
                            + (calls.size() * 3_000 + 3_000)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader held =
        new BufferedReader(new InputStreamReader(outage.get().body(), StandardCharsets.UTF_8))) {
      assertThat(held.readLine()).startsWith("held ");
      for (Map.Entry<String, Call> call : calls.entrySet()) {
        try {
          call.getValue().run();
          throw new AssertionError(call.getKey() + " answered 200 without a database");
        } catch (ApiException e) {
          assertThat(e.getCode()).as(call.getKey() + ": " + e.getResponseBody()).isEqualTo(503);
          assertThat(e.getResponseHeaders().firstValue("Retry-After")).isPresent();
        }
      }
      assertThat(held.readLine()).isEqualTo("released");
    }
  }

  private interface ApiCall {
    Object call(DefaultApi api) throws ApiException;
  }

  private static Call withClient(String scope, ApiCall call) throws Exception {
    DefaultApi api = api(client(scope, 100), AS_IS);
    return () -> call.call(api);
  }
}
