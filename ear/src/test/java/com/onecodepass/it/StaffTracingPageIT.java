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
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff tracing page over HTTP: who may open it, and that it lists the right people. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffTracingPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void districtStaffSeeTheCompanionsOfACaseAndOtherRolesAreRefused() throws Exception {
    SecureRandom random = new SecureRandom();
    long theCase = 7_000_000_000L + random.nextInt(1_000_000_000);
    long companion = theCase + 1;
    long stranger = theCase + 2;
    Instant t = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    try (Connection c =
        DriverManager.getConnection(
            System.getProperty("it.db.url"),
            System.getProperty("it.db.user"),
            System.getProperty("it.db.password"))) {
      long venue;
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT MIN(id) FROM venue WHERE status = 'ACTIVE'")) {
        rs.next();
        venue = rs.getLong(1);
      }
      insert(c, theCase, venue, t);
      insert(c, companion, venue, t.plus(Duration.ofMinutes(12)));
      insert(c, stranger, venue, t.plus(Duration.ofMinutes(45)));
    }

    HttpClient yanta = client();
    signIn(yanta, "yanta", "Staff#2026");
    HttpResponse<String> page =
        yanta.send(
            get(root() + "/staff/tracing.xhtml?case=" + theCase + "&days=14&window=30"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"companions\"", Long.toString(companion), "<td>18</td>")
        .doesNotContain(Long.toString(stranger));

    HttpClient checker = client();
    signIn(checker, "checker", "Check#2026");
    assertThat(
            checker
                .send(
                    get(root() + "/staff/tracing.xhtml?case=" + theCase),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
  }

  private static void insert(Connection c, long citizen, long venue, Instant at) throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                + " colour_at_check_in, source) VALUES (?, ?, ?, ?, 'GREEN', 'SCAN')")) {
      insert.setString(1, "page-it:" + citizen + ":" + at);
      insert.setLong(2, citizen);
      insert.setLong(3, venue);
      insert.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  private void signIn(HttpClient client, String user, String password) throws Exception {
    client.send(get(root() + "/staff/index.xhtml"), HttpResponse.BodyHandlers.discarding());
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
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build();
  }
}
