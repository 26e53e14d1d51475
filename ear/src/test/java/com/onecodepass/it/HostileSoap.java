package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * Hostile envelopes to every operation of the WSDL: element values of the wrong type, too long,
 * unicode and control characters, missing and repeated elements, unknown elements, XML entities
 * (external, recursive), DTDs, processing instructions, SOAP 1.2 and non-SOAP bodies. The answer is
 * a response or a SOAP fault without Java internals, and a fault stores nothing.
 */
final class HostileSoap {

  private static final String NS = "https://onecodepass.example/ws/health-code/v1";
  private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

  /** Every WSDL operation; {@link #everyWsdlOperationIsAttacked} keeps this complete. */
  enum Operation {
    GET_VERIFICATION_KEYS("GetVerificationKeys", null, null),
    VERIFY_TOKEN("VerifyToken", null, null),
    GET_CODE_STATUS("GetCodeStatus", null, null),
    SUBMIT_TEST_RESULTS("SubmitTestResults", "result", "test_result"),
    SUBMIT_VACCINATIONS("SubmitVaccinations", "vaccination", "vaccination"),
    SUBMIT_TRANSIT_TRIPS("SubmitTransitTrips", "trip", "check_in"),
    GET_RISK_AREAS("GetRiskAreas", null, null);

    final String element;
    final String item;
    final String table;

    Operation(String element, String item, String table) {
      this.element = element;
      this.item = item;
      this.table = table;
    }
  }

  record Envelope(Operation operation, String contentType, String xml) {
    @Override
    public String toString() {
      return operation.element
          + " ["
          + contentType
          + "] "
          + (xml.length() > 600 ? xml.substring(0, 600) + "…(" + xml.length() + ")" : xml);
    }
  }

  private HostileSoap() {}

  static void everyOperationSurvivesHostileEnvelopes(int tries) {
    Properties.forAll(tries, envelopes(), HostileSoap::survives);
  }

  private static void survives(Envelope envelope) {
    HostileTarget target = HostileTarget.current();
    long before = target.citizenRows(envelope.operation().table);
    long batchesBefore = target.batches();

    HttpResponse<String> response =
        target.send(
            HttpRequest.newBuilder(target.uri("/ws/HealthCodeService"))
                .header("Content-Type", envelope.contentType())
                .header("SOAPAction", "\"\"")
                .header("Authorization", target.basicAuth)
                .POST(HttpRequest.BodyPublishers.ofString(envelope.xml())));

    HostileAnswers.check("SOAP " + envelope.operation().element, response);
    assertThat(response.body())
        .as("%s: the answer carries an entity's expansion", envelope)
        .doesNotContain("root:x:")
        .doesNotContain("lollollol");
    boolean fault = HostileAnswers.isSoapFault(response.body()) || response.statusCode() != 200;
    long accepted = fault ? 0 : accepted(response.body());
    assertThat(target.citizenRows(envelope.operation().table) - before)
        .as("rows stored by %s -> %d %s", envelope, response.statusCode(), response.body())
        .isBetween(0L, accepted);
    if (fault) {
      assertThat(target.batches())
          .as("a refused batch left a receipt: %s", envelope)
          .isEqualTo(batchesBefore);
    }
  }

  static void everyWsdlOperationIsAttacked() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    NodeList operations =
        factory
            .newDocumentBuilder()
            .parse(
                Path.of("../admin-web/src/main/webapp/WEB-INF/wsdl/HealthCodeService.wsdl")
                    .toFile())
            .getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
    TreeSet<String> declared = new TreeSet<>();
    for (int i = 0; i < operations.getLength(); i++) {
      declared.add(((org.w3c.dom.Element) operations.item(i)).getAttribute("name"));
    }
    TreeSet<String> attacked =
        Arrays.stream(Operation.values())
            .map(o -> o.element)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(attacked).isEqualTo(declared);
  }

  // --- the envelopes ---

  static Gen<Envelope> envelopes() {
    return Gen.of(Operation.values())
        .flatMap(
            op -> {
              Gen<String> document = document(op);
              return random -> new Envelope(op, CONTENT_TYPES.next(random), document.next(random));
            });
  }

  private static final Gen<String> CONTENT_TYPES =
      Gen.mostly(
          12,
          Gen.just("text/xml; charset=utf-8"),
          Gen.of(
              "application/soap+xml; charset=utf-8",
              "application/json",
              "text/plain",
              "text/xml; charset=nonsense",
              "multipart/related; boundary=x"));

  private static Gen<String> document(Operation op) {
    Gen<String> payload = payload(op);
    Gen<String> hostile =
        Gen.oneOf(
            payload.map(p -> withEntity(Integrators.xxe("", ""), "&xxe;", envelope(p))),
            payload.map(p -> withEntity(Integrators.billionLaughs("", ""), "&lol9;", envelope(p))),
            payload.map(
                p ->
                    "<?xml version=\"1.0\"?><!DOCTYPE e SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                        + envelope(p)),
            payload.map(
                p -> envelope(p).replace(SOAP_11, "http://www.w3.org/2003/05/soap-envelope")),
            payload.map(p -> envelope(p).replace(NS, "urn:wrong")),
            payload.map(p -> "<?ocp-pi hostile?>" + envelope(p)),
            payload.map(p -> envelope(p).substring(0, envelope(p).length() / 2)),
            Gen.ints(100, 20_000)
                .map(
                    n ->
                        envelope(
                            "<t:"
                                + op.element
                                + ">"
                                + "<a>".repeat(n)
                                + "</a>".repeat(n)
                                + "</t:"
                                + op.element
                                + ">")),
            Gen.of("", "{}", "<", "not xml", "<?xml version=\"1.0\"?>"));
    return Gen.mostly(2, payload.map(HostileSoap::envelope), hostile);
  }

  /** The document type of {@code hostileDocument}, and its entity used in the first element. */
  private static String withEntity(String hostileDocument, String entity, String envelope) {
    return hostileDocument.substring(0, hostileDocument.indexOf("]>") + 2)
        + envelope.replaceFirst("</t:", entity + "</t:");
  }

  private static String envelope(String payload) {
    return "<soap:Envelope xmlns:soap=\""
        + SOAP_11
        + "\" xmlns:t=\""
        + NS
        + "\"><soap:Body>"
        + payload
        + "</soap:Body></soap:Envelope>";
  }

  /** The operation's element: each child left out, plausible, hostile, or repeated. */
  private static Gen<String> payload(Operation op) {
    Gen<String> children = elements(fields(op));
    if (op.item != null) {
      Gen<String> items =
          elements(itemFields(op))
              .map(c -> "<t:" + op.item + ">" + c + "</t:" + op.item + ">")
              .list(0, 3)
              .map(l -> String.join("", l));
      Gen<String> header = children;
      children = random -> header.next(random) + items.next(random);
    }
    Gen<String> body = children;
    return random ->
        switch (random.nextInt(12)) {
          case 0 -> "<t:NoSuchOperation>" + body.next(random) + "</t:NoSuchOperation>";
          case 1 ->
              "<t:"
                  + op.element
                  + " xmlns:x=\"urn:x\" x:a=\"1\">"
                  + body.next(random)
                  + "<t:unknown>1</t:unknown></t:"
                  + op.element
                  + ">";
          default -> "<t:" + op.element + ">" + body.next(random) + "</t:" + op.element + ">";
        };
  }

  private static Gen<String> elements(Map<String, Gen<String>> fields) {
    Gen<String> hostile = hostile();
    return random -> {
      StringBuilder xml = new StringBuilder();
      fields.forEach(
          (name, value) -> {
            int pick = random.nextInt(10);
            if (pick == 0) {
              return;
            }
            String text = (pick <= 5 || pick == 9 ? value : hostile).next(random);
            xml.append(element(name, text));
            if (pick == 9) {
              xml.append(element(name, text));
            }
          });
      return xml.toString();
    };
  }

  private static String element(String name, String text) {
    return "<t:" + name + ">" + text + "</t:" + name + ">";
  }

  /** Hostile element text, already XML (escaped; or raw control characters and CDATA). */
  private static Gen<String> hostile() {
    return Gen.oneOf(
        HostileValues.text().map(HostileValues::xmlText),
        HostileValues.number(),
        HostileValues.time().map(HostileValues::xmlText),
        Gen.of(
            "<![CDATA[" + HostileValues.MARKUP_PAYLOAD + "]]>",
            "&#0;",
            "&#xD800;",
            "&unknown;",
            "<t:nested><t:deeper/></t:nested>",
            " true ",
            "1e308"));
  }

  private static Map<String, Gen<String>> fields(Operation op) {
    Map<String, Gen<String>> fields = new LinkedHashMap<>();
    switch (op) {
      case VERIFY_TOKEN ->
          fields.put("token", Gen.of("https://evil.example/c/AQEBAAAB", "AQEBAAABAAAA", "x"));
      case GET_CODE_STATUS -> fields.put("residentId", resident());
      case SUBMIT_TEST_RESULTS, SUBMIT_VACCINATIONS, SUBMIT_TRANSIT_TRIPS ->
          fields.put("idempotencyKey", Gen.chars('a', 'z', 24, 24).map(k -> "hostile-" + k));
      default -> {}
    }
    return fields;
  }

  private static Map<String, Gen<String>> itemFields(Operation op) {
    Map<String, Gen<String>> fields = new LinkedHashMap<>();
    Gen<String> time =
        Gen.longs(1, 72)
            .map(
                h ->
                    Instant.now()
                        .minus(h, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
    Gen<String> text = Gen.of("IT lab", "Metro 2", "钟楼");
    switch (op) {
      case SUBMIT_TEST_RESULTS -> {
        fields.put("residentId", resident());
        fields.put("outcome", Gen.of("NEGATIVE", "POSITIVE"));
        fields.put("sampleTime", time);
        fields.put("resultTime", time);
        fields.put("lab", text);
      }
      case SUBMIT_VACCINATIONS -> {
        fields.put("residentId", resident());
        fields.put("vaccine", text);
        fields.put("dose", Gen.ints(1, 9).map(String::valueOf));
        fields.put("administeredAt", time);
        fields.put("site", text);
      }
      case SUBMIT_TRANSIT_TRIPS -> {
        fields.put("residentId", resident());
        fields.put("line", text);
        fields.put("boardedAt", time);
        fields.put("boardingStop", Gen.of("metro-610113", "metro-999999"));
      }
      default -> {}
    }
    return fields;
  }

  private static Gen<String> resident() {
    return Gen.oneOf(Gen.just(HostileTarget.current().residentId), HostileValues.validResidentId());
  }

  private static long accepted(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<(?:\\w+:)?accepted>(\\d+)<").matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
