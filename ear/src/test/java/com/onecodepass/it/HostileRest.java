package com.onecodepass.it;

import static com.onecodepass.it.HostileValues.jsonValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Hostile requests to every operation of the OpenAPI document and to the citizen-facing JSON
 * endpoints: wrong types, missing and duplicate fields, unknown fields, deep nesting, truncated
 * JSON, wrong content types, methods and Accept headers, malformed credentials. No 5xx, no leak,
 * errors as problem+json, and a refused request stores nothing.
 */
final class HostileRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every REST operation; {@link #everyDocumentedOperationIsAttacked} keeps this complete. */
  enum Operation {
    KEYS("GET", "/api/v1/keys", null, null),
    VERIFY_TOKEN("POST", "/api/v1/tokens/verify", null, null),
    CODE_STATUS("POST", "/api/v1/code-status", null, null),
    TEST_RESULTS("POST", "/api/v1/test-results", "results", "test_result"),
    VACCINATIONS("POST", "/api/v1/vaccinations", "vaccinations", "vaccination"),
    TRANSIT_TRIPS("POST", "/api/v1/transit-trips", "trips", "check_in"),
    RISK_AREAS("GET", "/api/v1/risk-areas", null, null),
    MY_CODE("GET", "/api/v1/me/code", null, null),
    MY_CHECK_INS("POST", "/api/v1/me/check-ins", null, "check_in");

    final String method;
    final String path;
    final String batchArray;
    final String table;

    Operation(String method, String path, String batchArray, String table) {
      this.method = method;
      this.path = path;
      this.batchArray = batchArray;
      this.table = table;
    }

    boolean citizen() {
      return path.startsWith("/api/v1/me/");
    }
  }

  record Call(
      Operation operation,
      String method,
      String query,
      String contentType,
      String accept,
      String authorization,
      String idempotencyKey,
      String body) {

    @Override
    public String toString() {
      return method
          + " "
          + operation.path
          + query
          + " [Content-Type: "
          + contentType
          + ", Accept: "
          + accept
          + ", Authorization: "
          + authorization
          + ", Idempotency-Key: "
          + idempotencyKey
          + "] "
          + (body.length() > 400 ? body.substring(0, 400) + "…(" + body.length() + ")" : body);
    }
  }

  private HostileRest() {}

  static void everyOperationSurvivesHostileInput(int tries) {
    Properties.forAll(tries, calls(), HostileRest::survives);
  }

  private static void survives(Call call) {
    HostileTarget target = HostileTarget.current();
    long before = target.citizenRows(call.operation().table);
    long batchesBefore = target.batches();

    HttpResponse<String> response = send(target, call);

    String operation = call.method() + " " + call.operation().path;
    HostileAnswers.check(operation, response);
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!call.operation().citizen()
        && status >= 400
        && !KnownDefects.explain(operation, response)) {
      assertThat(type)
          .as("%s -> %d: %s", call, status, response.body())
          .startsWith("application/problem+json");
    }
    if (type.contains("json") && !response.body().isEmpty()) {
      assertThat(parse(response.body()))
          .as("%s answered JSON that does not parse", call)
          .isNotNull();
    }
    long accepted = status == 200 ? accepted(response.body()) : 0;
    assertThat(target.citizenRows(call.operation().table) - before)
        .as("rows stored by %s -> %d %s", call, status, response.body())
        .isBetween(0L, accepted);
    if (status != 200) {
      assertThat(target.batches())
          .as("a refused batch left a receipt: %s -> %d", call, status)
          .isEqualTo(batchesBefore);
    }
  }

  static void everyDocumentedOperationIsAttacked() {
    String document =
        HostileTarget.send(
                HostileTarget.HTTP, HttpRequest.newBuilder(HostileTarget.current().uri("/openapi")))
            .body();
    TreeSet<String> documented = new TreeSet<>();
    new OpenAPIV3Parser()
        .readContents(document)
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add(method + " /api/v1" + path)));
    TreeSet<String> attacked =
        Arrays.stream(Operation.values())
            .map(o -> o.method + " " + o.path)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(attacked).containsAll(documented);
  }

  // --- the requests ---

  static Gen<Call> calls() {
    return Gen.of(Operation.values())
        .flatMap(
            op -> {
              Gen<String> method = method(op);
              Gen<String> query = query(op);
              Gen<String> body = body(op);
              return random ->
                  new Call(
                      op,
                      method.next(random),
                      query.next(random),
                      CONTENT_TYPES.next(random),
                      ACCEPTS.next(random),
                      AUTHORIZATIONS.next(random),
                      IDEMPOTENCY_KEYS.next(random),
                      body.next(random));
            });
  }

  private static Gen<String> method(Operation op) {
    return Gen.mostly(
        12, Gen.just(op.method), Gen.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));
  }

  private static Gen<String> query(Operation op) {
    Gen<String> value =
        Gen.<String>oneOf(HostileValues.urlText(), HostileValues.number())
            .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    Gen<String> named =
        random ->
            "?"
                + Gen.of(op == Operation.MY_CODE ? "for" : "format", "format", "for", "id", "limit")
                    .next(random)
                + "="
                + value.next(random);
    return Gen.mostly(op.method.equals("GET") ? 1 : 3, Gen.just(""), named);
  }

  private static final Gen<String> CONTENT_TYPES =
      Gen.mostly(
          10,
          Gen.just("application/json"),
          Gen.of(
              "",
              "text/plain",
              "application/xml",
              "text/xml",
              "application/x-www-form-urlencoded",
              "multipart/form-data; boundary=x",
              "application/json; charset=ISO-8859-1",
              "application/json; charset=nonsense",
              "application/json, application/xml",
              "application/problem+json",
              "*/*",
              "garbage"));

  private static final Gen<String> ACCEPTS =
      Gen.mostly(
          10,
          Gen.just(""),
          Gen.of(
              "application/xml",
              "text/html",
              "text/plain",
              "application/json;q=0",
              "image/png",
              "garbage",
              "*/*;q=abc"));

  /** "" means the suite's own client; the others are malformed, not wrong (no lock-out). */
  private static final Gen<String> AUTHORIZATIONS =
      Gen.mostly(
          14,
          Gen.just(""),
          Gen.of(
              "none",
              "Basic",
              "Basic !!!not-base64!!!",
              "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()),
              "Basic " + Base64.getEncoder().encodeToString(":".getBytes()),
              "Bearer eyJhbGciOiJub25lIn0.e30.",
              "Digest username=\"x\""));

  private static final Gen<String> IDEMPOTENCY_KEYS =
      Gen.mostly(
          10,
          Gen.chars('a', 'z', 24, 24).map(k -> "hostile-" + k),
          Gen.of("none", "", "short", "x".repeat(101), "' OR '1'='1", "<ocpxss>", "../../etc"));

  private static Gen<String> body(Operation op) {
    if (op.method.equals("GET")) {
      return Gen.mostly(6, Gen.just(""), jsonValue());
    }
    Gen<String> document =
        op.batchArray == null ? object(fields(op)) : batch(op.batchArray, object(fields(op)));
    Gen<String> broken =
        Gen.oneOf(
            document.map(d -> d.length() > 2 ? d.substring(0, d.length() - 1) : d),
            document.map(d -> d.replaceFirst("\\{", "{\"extra\":1,")),
            random -> {
              String d = document.next(random);
              String v = jsonValue().next(random);
              return d.replaceFirst("\\{\"(\\w+)\":", "{\"$1\":" + v + ",\"$1\":");
            },
            jsonValue(),
            Gen.ints(50, 20_000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
            Gen.of("", " ", "\u0000", "{", "}", "[", "\"", "{}{}"));
    return Gen.mostly(2, document, broken);
  }

  /** A batch document with 1 to 3 items, sometimes with another array name or not an array. */
  private static Gen<String> batch(String array, Gen<String> item) {
    Gen<String> items = item.list(1, 3).map(l -> "[" + String.join(",", l) + "]");
    Gen<String> name =
        Gen.mostly(10, Gen.just(array), Gen.of("items", "result", "", array.toUpperCase()));
    Gen<String> value = Gen.mostly(10, items, Gen.oneOf(item, jsonValue()));
    return random -> "{\"" + name.next(random) + "\":" + value.next(random) + "}";
  }

  /** A JSON object whose members are each left out, plausible or hostile. */
  private static Gen<String> object(Map<String, Gen<String>> plausible) {
    return random -> {
      StringJoiner members = new StringJoiner(",", "{", "}");
      plausible.forEach(
          (name, value) -> {
            int pick = random.nextInt(9);
            if (pick > 0) {
              members.add("\"" + name + "\":" + (pick <= 5 ? value : jsonValue()).next(random));
            }
          });
      return members.toString();
    };
  }

  /** Plausible values per field, so that hostile ones meet the deeper layers too. */
  private static Map<String, Gen<String>> fields(Operation op) {
    HostileTarget target = HostileTarget.current();
    Gen<String> resident =
        Gen.oneOf(Gen.just(target.residentId), HostileValues.residentId())
            .map(HostileValues::jsonString);
    Gen<String> time =
        Gen.oneOf(
                Gen.longs(1, 72)
                    .map(
                        h ->
                            Instant.now()
                                .minus(h, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString()),
                HostileValues.time())
            .map(HostileValues::jsonString);
    Gen<String> text =
        Gen.oneOf(Gen.of("IT lab", "Metro 2", "钟楼"), HostileValues.text())
            .map(HostileValues::jsonString);
    Map<String, Gen<String>> fields = new LinkedHashMap<>();
    switch (op) {
      case VERIFY_TOKEN ->
          fields.put(
              "token",
              Gen.oneOf(
                      Gen.of(
                          "https://evil.example/c/AQEBAAAB",
                          "AQEBAAABAAAAAAAAAAAAAAAAAAAAAAAA",
                          "https://ocp.example/v/AQEB"),
                      HostileValues.text(),
                      Gen.alpha(2049, 5000))
                  .map(HostileValues::jsonString));
      case CODE_STATUS -> fields.put("residentId", resident);
      case TEST_RESULTS -> {
        fields.put("residentId", resident);
        fields.put("tubeBarcode", texts("T-000001", "NO-SUCH-TUBE"));
        fields.put("outcome", texts("NEGATIVE", "POSITIVE", "negative", "MAYBE"));
        fields.put("sampleTime", time);
        fields.put("resultTime", time);
        fields.put("lab", text);
      }
      case VACCINATIONS -> {
        fields.put("residentId", resident);
        fields.put("vaccine", text);
        fields.put("dose", HostileValues.number());
        fields.put("administeredAt", time);
        fields.put("site", text);
      }
      case TRANSIT_TRIPS -> {
        fields.put("residentId", resident);
        fields.put("line", text);
        fields.put("vehicle", text);
        fields.put("boardedAt", time);
        fields.put("boardingStop", texts("metro-610113", "metro-999999"));
        fields.put("alightedAt", time);
        fields.put("alightingStop", text);
      }
      case MY_CHECK_INS -> {
        fields.put("venue", texts(target.venueUrl, "AQEBAAAB"));
        fields.put(
            "dependants",
            Gen.oneOf(
                HostileValues.number().list(0, 5).map(l -> "[" + String.join(",", l) + "]"),
                Gen.just("[" + target.citizenId + "]")));
        fields.put("scannedAt", time);
      }
      default -> {}
    }
    return fields;
  }

  /** One of {@code plausible} or hostile text, as a JSON string. */
  private static Gen<String> texts(String... plausible) {
    return Gen.oneOf(Gen.of(plausible), HostileValues.text()).map(HostileValues::jsonString);
  }

  // --- sending and reading ---

  private static HttpResponse<String> send(HostileTarget target, Call call) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.uri(call.operation().path + call.query()))
            .method(
                call.method(),
                call.body().isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body()));
    if (!call.contentType().isEmpty()) {
      request.header("Content-Type", call.contentType());
    }
    if (!call.accept().isEmpty()) {
      request.header("Accept", call.accept());
    }
    if (call.operation().batchArray != null && !call.idempotencyKey().equals("none")) {
      request.header("Idempotency-Key", call.idempotencyKey());
    }
    if (call.operation().citizen()) {
      return HostileTarget.send(target.citizen.client, request);
    }
    if (call.authorization().isEmpty()) {
      request.header("Authorization", target.basicAuth);
    } else if (!call.authorization().equals("none")) {
      request.header("Authorization", call.authorization());
    }
    return target.send(request);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Items the answer says were stored: a receipt's "accepted", or the check-ins of a citizen. */
  private static long accepted(String body) {
    JsonNode answer = parse(body);
    if (answer == null) {
      return 0;
    }
    if (answer.isArray()) {
      return answer.size();
    }
    return answer.path("accepted").asLong(0);
  }
}
