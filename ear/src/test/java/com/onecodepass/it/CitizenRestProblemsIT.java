package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The citizen's own REST endpoints refuse as the integrator API does: RFC 9457 problem+json with a
 * stable type and the HTTP status, and a detail in the citizen's language (the page's language
 * cookie, else Accept-Language). Each test signs in a person of its own, so no limit is shared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenRestProblemsIT {

  private static final String CREDENTIAL = "ocp-citizen";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private final HttpClient bare = HttpClient.newHttpClient();

  @Test
  void aCheckInWithoutSignInIsAProblem() throws Exception {
    HttpResponse<String> answer = checkIn(null, "{\"venue\":\"x\"}", "Accept-Language", "en");
    JsonNode problem = assertProblem(answer, 401, "not-signed-in");
    assertThat(problem.get("detail").asText()).isEqualTo("Please sign in first.");
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .as("no Basic dialog in the citizen's browser")
        .isEmpty();
  }

  @Test
  void aCheckInWithoutAVenueIsMalformed() throws Exception {
    String credential = signedIn();
    assertProblem(checkIn(credential, "{}"), 400, "malformed-request");
    assertProblem(checkIn(credential, "{\"venue\":\"  \"}"), 400, "malformed-request");
  }

  @Test
  void aVenueCodeThatIsNotAcceptedIsRefusedInTheCitizensLanguage() throws Exception {
    String credential = signedIn();
    JsonNode english =
        assertProblem(
            checkIn(credential, "{\"venue\":\"not-a-code\"}", "Accept-Language", "en"),
            422,
            "check-in-refused");
    assertThat(english.get("detail").asText()).endsWith("no check-in");
    // The page's language switch wins over the browser's header, as on the pages.
    JsonNode chinese =
        assertProblem(
            checkIn(
                credential + "; ocp-lang=zh",
                "{\"venue\":\"not-a-code\"}",
                "Accept-Language",
                "en"),
            422,
            "check-in-refused");
    assertThat(chinese.get("detail").asText()).endsWith("不能登记");
  }

  @Test
  void theDailyLimitIsAProblemWithRetryAfter() throws Exception {
    String credential = signedIn();
    // 300 people at once (the default limit): counted, then refused as nobody's holder.
    String dependants =
        LongStream.rangeClosed(1, 299).mapToObj(Long::toString).collect(Collectors.joining(","));
    assertProblem(
        checkIn(credential, "{\"venue\":\"not-a-code\",\"dependants\":[" + dependants + "]}"),
        422,
        "check-in-refused");
    HttpResponse<String> limited =
        checkIn(credential, "{\"venue\":\"not-a-code\"}", "Accept-Language", "en");
    JsonNode problem = assertProblem(limited, 429, "rate-limited");
    assertThat(problem.get("detail").asText()).startsWith("This account has reached today's");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 86_400L);
  }

  @Test
  void theServerDrawnQrWithoutSignInIsAProblem() throws Exception {
    HttpResponse<String> answer =
        bare.send(
            HttpRequest.newBuilder(URI.create(root() + "/api/v1/me/code/qr"))
                .header("Accept-Language", "zh-CN")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode problem = assertProblem(answer, 401, "not-signed-in");
    assertThat(problem.get("detail").asText()).isEqualTo("请先登录。");
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status, String code)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText())
        .isEqualTo("https://onecodepass.example/problems/" + code);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  /** POSTs {@code json} with {@code cookie} (null: none) and the headers given as name, value. */
  private HttpResponse<String> checkIn(String cookie, String json, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root() + "/api/v1/me/check-ins"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return bare.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A fresh person's credential cookie, as a Cookie header value. */
  private String signedIn() throws Exception {
    CitizenHttp phone =
        new CitizenHttp(root())
            .registerAndSignIn("周敏", TestPeople.residentId(), TestPeople.mobile());
    return phone.cookies().stream()
        .filter(c -> c.getName().equals(CREDENTIAL))
        .map(c -> CREDENTIAL + "=" + c.getValue())
        .findFirst()
        .orElseThrow();
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
