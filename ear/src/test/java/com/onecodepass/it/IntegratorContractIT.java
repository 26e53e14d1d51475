package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The published contracts, from outside: the OpenAPI document at /openapi is valid (swagger-parser)
 * and every operation it lists answers the demo integrator with a status it declares; the served
 * WSDL has the same types and operations as the committed one the SOAP client is generated from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegratorContractIT {

  private static final String DEMO =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("demo-lab:Lab#2026".getBytes(StandardCharsets.UTF_8));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  @Test
  void theOpenApiDocumentIsValidAndEveryOperationAnswersAsDeclared() throws Exception {
    HttpResponse<String> document =
        http.send(
            HttpRequest.newBuilder(URI.create(root() + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(document.statusCode()).isEqualTo(200);
    ParseOptions resolve = new ParseOptions();
    resolve.setResolve(true);
    resolve.setResolveFully(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, resolve);
    assertThat(parsed.getMessages()).isEmpty();
    OpenAPI api = parsed.getOpenAPI();
    assertThat(api.getPaths().keySet())
        .containsExactlyInAnyOrder(
            "/keys",
            "/tokens/verify",
            "/code-status",
            "/test-results",
            "/vaccinations",
            "/transit-trips",
            "/risk-areas");
    Map<String, String> bodies =
        Map.of(
            "/tokens/verify", "{\"token\":\"not-a-token\"}",
            "/code-status", "{\"residentId\":\"" + TestPeople.residentId() + "\"}",
            "/test-results",
                "{\"results\":[{\"tubeBarcode\":\"NO-SUCH-TUBE-3\",\"outcome\":\"NEGATIVE\","
                    + "\"resultTime\":\"2026-01-04T08:00:00Z\",\"lab\":\"contract test\"}]}",
            "/vaccinations",
                "{\"vaccinations\":[{\"residentId\":\"123\",\"vaccine\":\"x\",\"dose\":1,"
                    + "\"administeredAt\":\"2026-01-04T08:00:00Z\",\"site\":\"x\"}]}",
            "/transit-trips",
                "{\"trips\":[{\"residentId\":\"123\",\"line\":\"x\","
                    + "\"boardedAt\":\"2026-01-04T08:00:00Z\",\"boardingStop\":\"x\"}]}");
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = op.getValue();
        assertThat(operation.getOperationId()).isNotBlank();
        assertThat(hasExample(operation)).as(path.getKey() + " has examples").isTrue();
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(root() + "/api/v1" + path.getKey()))
                .header("Authorization", DEMO)
                .header("Idempotency-Key", "contract-" + UUID.randomUUID());
        if (op.getKey() == PathItem.HttpMethod.POST) {
          request
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(path.getKey())));
        }
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(operation.getResponses())
            .as(op.getKey() + " " + path.getKey() + " answered " + response.statusCode())
            .containsKey(Integer.toString(response.statusCode()));
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
      }
    }
  }

  @Test
  void theOpenApiDocumentIsServedAsCommittedAndAsJsonOnRequest() throws Exception {
    HttpResponse<String> yaml = get("/openapi", null);
    assertThat(yaml.body()).isEqualTo(committed("openapi", "openapi.yaml"));
    OpenAPI fromYaml = new OpenAPIV3Parser().readContents(yaml.body()).getOpenAPI();
    for (HttpResponse<String> json :
        List.of(get("/openapi?format=JSON", null), get("/openapi", "application/json"))) {
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(json.body()).startsWith("{");
      SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json.body());
      assertThat(parsed.getMessages()).isEmpty();
      assertThat(parsed.getOpenAPI()).isEqualTo(fromYaml);
    }
  }

  @Test
  void theServedWsdlSaysHowToAuthenticate() throws Exception {
    String wsdl = get("/ws/HealthCodeService?wsdl", null).body();
    assertThat(wsdl).contains("documentation").contains("Authorization: Basic");
  }

  /** A contract file as committed in admin-web's WEB-INF. */
  private static String committed(String folder, String file) throws Exception {
    return Files.readString(
        Path.of("..", "admin-web", "src", "main", "webapp", "WEB-INF", folder, file));
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean hasExample(Operation operation) {
    boolean requestOk =
        operation.getRequestBody() == null
            || operation.getRequestBody().getContent().values().stream()
                .anyMatch(m -> m.getExample() != null || m.getExamples() != null);
    boolean responseOk =
        operation.getResponses().values().stream()
            .filter(r -> r.getContent() != null)
            .flatMap(r -> r.getContent().values().stream())
            .anyMatch(m -> m.getExample() != null || m.getExamples() != null);
    return requestOk && responseOk;
  }

  @Test
  void theServedWsdlIsTheCommittedContract() throws Exception {
    String served =
        http.send(
                HttpRequest.newBuilder(URI.create(root() + "/ws/HealthCodeService?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String committed = committed("wsdl", "HealthCodeService.wsdl");
    assertThat(contract(served)).isEqualTo(contract(committed)).hasSizeGreaterThan(40);
  }

  /** Names and facets of every schema component and operation, prefix- and layout-independent. */
  private static Set<String> contract(String wsdl) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(wsdl.getBytes(StandardCharsets.UTF_8)));
    Set<String> parts = new TreeSet<>();
    String xs = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    for (String kind :
        new String[] {"simpleType", "complexType", "element", "pattern", "enumeration"}) {
      NodeList nodes = doc.getElementsByTagNameNS(xs, kind);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        parts.add(
            kind
                + ":"
                + e.getAttribute("name")
                + ":"
                + e.getAttribute("value")
                + ":"
                + localName(e.getAttribute("type"))
                + ":"
                + e.getAttribute("minOccurs")
                + ":"
                + e.getAttribute("maxOccurs"));
      }
    }
    NodeList operations =
        doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
    for (int i = 0; i < operations.getLength(); i++) {
      parts.add("operation:" + ((Element) operations.item(i)).getAttribute("name"));
    }
    return parts;
  }

  private static String localName(String qname) {
    return qname.substring(qname.indexOf(':') + 1);
  }
}
