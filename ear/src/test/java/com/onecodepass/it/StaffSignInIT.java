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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo staff accounts sign in through Elytron and land on their role's home page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSignInIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @ParameterizedTest
  @CsvSource({
    "admin,   Admin#2026, CITY_ADMIN",
    "yanta,   Staff#2026, DISTRICT_STAFF",
    "checker, Check#2026, CHECKER",
    "venue,   Venue#2026, VENUE_OPERATOR"
  })
  void demoAccountReachesItsRoleHome(String user, String password, String role) throws Exception {
    HttpClient client = client();
    String home = signIn(client, user, password);
    assertThat(home).contains("id=\"role-" + role + "\"").contains(user);
  }

  @ParameterizedTest
  @CsvSource({"yanta, wrong-password", "nobody, Staff#2026"})
  void wrongCredentialsGetTheLoginPageWithAnError(String user, String password) throws Exception {
    String page = signIn(client(), user, password);
    assertThat(page).contains("id=\"login-error\"").doesNotContain("role-");
  }

  private String signIn(HttpClient client, String user, String password) throws Exception {
    String root = base.toString().replaceAll("/+$", "");
    // FORM authentication needs the protected page requested first.
    client.send(get(root + "/staff/index.xhtml"), HttpResponse.BodyHandlers.discarding());
    String form = "j_username=" + enc(user) + "&j_password=" + enc(password);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(root + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isLessThan(500);
    return response.body();
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

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
