package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser and the audit see from outside, directly and behind our balancer: security headers
 * on the responses the container makes itself (the staff sign-in form, a failed sign-in, the error
 * pages), cookie attributes, and the client's address in audit entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EdgeHardeningIT {

  private static final String PASSWORD = "Edge#2026xyz";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.productionEar();
    ear.getAsType(WebArchive.class, "admin-web.war").addClass(FailingPage.class);
    return ear;
  }

  @ArquillianResource URL base;
  @ArquillianResource ManagementClient management;

  @Test
  void theSignInFormAFailedSignInAndTheErrorPagesCannotBeFramed() throws Exception {
    Visitor browser = new Visitor();
    HttpResponse<String> form = browser.get("/staff/index.xhtml");
    assertThat(form.body()).contains("id=\"staff-login\"");
    assertHardened(form);

    HttpResponse<String> failed =
        browser.post("/j_security_check", "j_username=nobody-edge&j_password=wrong");
    assertThat(failed.body()).contains("id=\"login-error\"");
    assertHardened(failed);

    HttpResponse<String> fault = browser.get("/it-fails");
    assertThat(fault.statusCode()).isEqualTo(500);
    assertThat(fault.body()).doesNotContain("IllegalStateException");
    assertHardened(fault);

    HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertHardened(missing);
  }

  @Test
  void everyCookieIsLaxAndSecureOnlyWhenOurBalancerSaysHttps() throws Exception {
    List<String> direct =
        new Visitor().get("/signin.xhtml?lang=en").headers().allValues("set-cookie");
    assertThat(direct)
        .anyMatch(c -> c.startsWith("ocp-form="))
        .anyMatch(c -> c.startsWith("ocp-lang="))
        .allMatch(c -> c.contains("SameSite=Lax"))
        .noneMatch(c -> c.toLowerCase().contains("; secure"));

    // Anyone can send the header; only our balancer is believed.
    String[] https = {"X-Forwarded-Proto", "https"};
    assertThat(new Visitor(https).get("/signin.xhtml?lang=en").headers().allValues("set-cookie"))
        .isNotEmpty()
        .noneMatch(c -> c.toLowerCase().contains("; secure"));
    try (TrustedProxy balancer = TrustedProxy.loopback(management)) {
      assertThat(new Visitor(https).get("/signin.xhtml?lang=en").headers().allValues("set-cookie"))
          .anyMatch(c -> c.startsWith("ocp-form="))
          .anyMatch(c -> c.startsWith("ocp-lang="))
          .allMatch(c -> c.contains("SameSite=Lax") && c.toLowerCase().contains("; secure"));
    }
  }

  @Test
  void theAuditNamesTheClientBehindOurBalancerNotTheBalancer() throws Exception {
    String user = "edge-" + UUID.randomUUID().toString().substring(0, 6);
    StaffSession.account(user, PASSWORD, "CHECKER", null);
    String client = "198.51.100." + (1 + (int) (Math.random() * 250));
    try (TrustedProxy balancer = TrustedProxy.loopback(management)) {
      signIn(new Visitor("X-Forwarded-For", client), user, "wrong");
      signIn(new Visitor("X-Forwarded-For", client), user, PASSWORD);
    }
    assertThat(addresses(user, "staff.signIn.failed")).containsExactly(client);
    assertThat(addresses(user, "staff.signIn")).containsExactly(client);

    // Straight from a client, the header is only a claim.
    signIn(new Visitor("X-Forwarded-For", "203.0.113.66"), user, PASSWORD);
    assertThat(addresses(user, "staff.signIn")).hasSize(2).doesNotContain("203.0.113.66");
  }

  private static void signIn(Visitor browser, String user, String password) throws Exception {
    browser.get("/staff/index.xhtml");
    browser.post(
        "/j_security_check", "j_username=" + user + "&j_password=" + StaffSession.enc(password));
    // The sign-in is recorded on the first request of the new session (StaffSessionFilter).
    browser.get("/staff/index.xhtml");
  }

  private static void assertHardened(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .as("CSP of " + response.uri())
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static List<String> addresses(String user, String action) throws Exception {
    List<String> found = new java.util.ArrayList<>();
    try (Connection c = StaffSession.database();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT client_address FROM audit_entry WHERE target = ? AND action = ?"
                    + " ORDER BY id")) {
      select.setString(1, "staff:" + user);
      select.setString(2, action);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    return found;
  }

  /** A browser that sends the given headers with every request and follows no redirect. */
  private final class Visitor {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String[] headers;

    Visitor(String... headers) {
      this.headers = headers;
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
              .header("Accept-Language", "en");
      return headers.length > 0 ? request.headers(headers) : request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
