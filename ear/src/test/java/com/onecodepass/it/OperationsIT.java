package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, operations view: Prometheus metrics per node count what was served and shed, are closed
 * to requests forwarded from outside, and the city admin's status page shows this node reporting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void metricsCountRequestsByClassWithALatencyHistogram() throws Exception {
    long before = sample(metrics(), "ocp_requests_total", "verification");
    for (int i = 0; i < 5; i++) {
      http.send(get("/verify.xhtml").build(), HttpResponse.BodyHandlers.discarding());
    }
    HttpResponse<String> scrape =
        http.send(get("/health/metrics").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
    String text = scrape.body();
    assertThat(sample(text, "ocp_requests_total", "verification")).isEqualTo(before + 5);
    assertThat(sample(text, "ocp_request_duration_seconds_count", "verification"))
        .isEqualTo(before + 5);
    assertThat(text)
        .contains("# TYPE ocp_request_duration_seconds histogram")
        .contains("ocp_requests_shed_total{node=")
        .contains("le=\"+Inf\"")
        .contains("ocp_code_cache_hits_total")
        .contains("ocp_heap_used_bytes");
  }

  @Test
  void metricsCarryWhatTheAlertRulesWatch() throws Exception {
    String text = metrics();
    // ops/prometheus/rules/ocp-alerts.yml pages on these; a renamed metric would silence an alert.
    assertThat(text).containsPattern("(?m)^ocp_audit_chain_intact\\{node=\"[^\"]*\"\\} 1$");
    assertThat(text).contains("ocp_audit_chain_verified_timestamp_seconds{node=");
    Matcher key =
        Pattern.compile("(?m)^ocp_signing_key_created_timestamp_seconds\\{[^}]*\\} (\\d+)$")
            .matcher(text);
    assertThat(key.find()).as(text).isTrue();
    long createdAt = Long.parseLong(key.group(1));
    assertThat(createdAt).isBetween(1_600_000_000L, System.currentTimeMillis() / 1000 + 3600);
  }

  @Test
  void metricsCountTheSignInCodesWaitingToExpire() throws Exception {
    String mobile = TestPeople.mobile();
    CitizenHttp phone =
        new CitizenHttp(base.toString()).registerAndSignIn("孙丽", TestPeople.residentId(), mobile);
    String page = phone.get("/signin.xhtml");
    phone.post(
        "/signin.xhtml",
        page,
        java.util.Map.of("signin", "signin", "signin:mobile", mobile, "signin:send", "x"));
    String text = metrics();
    // the code just sent lives for five minutes unless redeemed: the gauge must see at least it
    assertThat(gauge(text, "ocp_sign_in_cache_entries")).isGreaterThanOrEqualTo(1);
    assertThat(gauge(text, "ocp_rate_limit_cache_entries")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void metricsAreNotServedToRequestsForwardedFromOutside() throws Exception {
    HttpResponse<String> forwarded =
        http.send(
            get("/health/metrics").header("X-Forwarded-For", "203.0.113.9").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forwarded.statusCode()).isEqualTo(403);
    assertThat(forwarded.body()).doesNotContain("ocp_requests_total");
  }

  @Test
  void statusPageShowsThisNodeToTheCityAdminOnly() throws Exception {
    HttpClient admin = signedIn("admin", "Admin#2026");
    String page = "";
    // Nodes report every 5 s; the first report can take that long after deployment.
    for (int i = 0; i < 15 && !page.contains("node-state up"); i++) {
      page =
          admin
              .send(get("/staff/status.xhtml").build(), HttpResponse.BodyHandlers.ofString())
              .body();
      if (!page.contains("node-state up")) {
        Thread.sleep(1000);
      }
    }
    assertThat(page)
        .contains("System status")
        .contains("node-state up")
        .contains("id=\"nodes-up\"");
    assertThat(page).contains("None since the cluster formed");

    HttpClient officer = signedIn("yanta", "Staff#2026");
    assertThat(
            officer
                .send(get("/staff/status.xhtml").build(), HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(403);
  }

  private String metrics() throws Exception {
    return http.send(get("/health/metrics").build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static long gauge(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{node=\"[^\"]*\"\\} (\\d+)$").matcher(text);
    assertThat(m.find()).as(name + " in\n" + text).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static long sample(String text, String name, String requestClass) {
    Matcher m =
        Pattern.compile(
                "(?m)^" + name + "\\{node=\"[^\"]*\",class=\"" + requestClass + "\"\\} (\\d+)$")
            .matcher(text);
    assertThat(m.find()).as(name + " for " + requestClass + " in\n" + text).isTrue();
    return Long.parseLong(m.group(1));
  }

  private HttpClient signedIn(String user, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    client.send(get("/staff/index.xhtml").build(), HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    client.send(
        HttpRequest.newBuilder(URI.create(root() + "/j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    return client;
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(root() + path)).header("Accept-Language", "en");
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
