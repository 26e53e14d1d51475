package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in citizen is a signed cookie, not a server session: the credential alone (no
 * JSESSIONID) gets the code, no request of the citizen's creates an HTTP session, sign-out revokes
 * the credential even when the old cookie is replayed, and a stateless form refuses a post without
 * this browser's form token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenCredentialIT {

  private static final String CREDENTIAL = "ocp-citizen";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private final HttpClient bare = HttpClient.newHttpClient();

  @Test
  void theCredentialAloneGetsTheCodeAndNoRequestCreatesASession() throws Exception {
    CitizenHttp phone = signedIn();
    List<HttpCookie> jar = phone.cookies();
    assertThat(jar)
        .extracting(HttpCookie::getName)
        .contains(CREDENTIAL)
        .doesNotContain("JSESSIONID");
    HttpCookie credential = cookie(jar, CREDENTIAL);
    assertThat(credential.isHttpOnly()).isTrue();

    HttpResponse<String> refresh = get("/api/v1/me/code", CREDENTIAL + "=" + credential.getValue());
    assertThat(refresh.statusCode()).isEqualTo(200);
    assertThat(refresh.body()).contains("\"scanUrl\"");
    assertThat(refresh.headers().allValues("set-cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));

    HttpResponse<String> page = get("/code.xhtml", CREDENTIAL + "=" + credential.getValue());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"code-card\"");
    assertThat(page.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

    for (String citizenPage :
        List.of(
            "/me/history.xhtml", "/me/dependants.xhtml", "/me/declare.xhtml", "/signin.xhtml")) {
      HttpResponse<String> answer = get(citizenPage, CREDENTIAL + "=" + credential.getValue());
      assertThat(answer.statusCode()).as(citizenPage).isEqualTo(200);
    }
  }

  @Test
  void signOutRevokesTheCredentialEvenWhenTheOldCookieIsReplayed() throws Exception {
    CitizenHttp phone = signedIn();
    String old = CREDENTIAL + "=" + cookie(phone.cookies(), CREDENTIAL).getValue();
    assertThat(get("/api/v1/me/code", old).statusCode()).isEqualTo(200);

    HttpResponse<String> out =
        bare.send(
            HttpRequest.newBuilder(URI.create(root() + "/api/v1/me/sign-out"))
                .header("Cookie", old)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("location"))
        .hasValueSatisfying(l -> l.endsWith("/signin.xhtml"));
    assertThat(out.headers().allValues("set-cookie"))
        .anyMatch(c -> c.startsWith(CREDENTIAL + "=") && c.contains("Expires=Thu, 01-Jan-1970"));

    notSignedIn(get("/api/v1/me/code", old));
    HttpResponse<String> page = get("/code.xhtml", old);
    assertThat(page.statusCode()).isEqualTo(302);
  }

  @Test
  void aTamperedOrForeignCredentialIsRefused() throws Exception {
    String value = cookie(signedIn().cookies(), CREDENTIAL).getValue();
    String tampered =
        value.substring(0, 8) + (value.charAt(8) == 'A' ? 'B' : 'A') + value.substring(9);
    notSignedIn(get("/api/v1/me/code", CREDENTIAL + "=" + tampered));
    notSignedIn(get("/api/v1/me/code", CREDENTIAL + "=c1.x.y"));
    notSignedIn(get("/api/v1/me/code", "JSESSIONID=made-up"));
    notSignedIn(get("/api/v1/me/code/qr", CREDENTIAL + "=" + tampered));
  }

  @Test
  void aStatelessFormRefusesAPostWithoutThisBrowsersToken() throws Exception {
    // The sign-in page (a plain servlet) and a transient Faces view (StatelessFormGuard).
    refusesForeignPosts(
        "/signin.xhtml",
        "signin=signin&signin%3Amobile=13800000000&signin%3Asend=x",
        Map.of("signin", "signin", "signin:mobile", "13800000000", "signin:send", "x"),
        "id=\"demo-code\"");
    refusesForeignPosts(
        "/register.xhtml",
        "register=register&register%3Aname=x&register%3Asubmit=x&jakarta.faces.ViewState=stateless",
        Map.of("register", "register", "register:name", "", "register:submit", "x"),
        "class=\"field-error\"");
  }

  private void refusesForeignPosts(
      String page, String forged, Map<String, String> ownFields, String ownAnswer)
      throws Exception {
    CitizenHttp victim = new CitizenHttp(root());
    String form = victim.get(page);
    assertThat(form).contains("name=\"ocp-form\"");
    assertThat(victim.postRaw(page, forged).statusCode()).as(page).isEqualTo(403);

    // A token an attacker got from their own browser does not fit the victim's form cookie.
    String attackersPage = new CitizenHttp(root()).get(page);
    String attackersToken =
        attackersPage.replaceAll("(?s).*name=\"ocp-form\"[^>]*value=\"([^\"]+)\".*", "$1");
    assertThat(victim.postRaw(page, forged + "&ocp-form=" + attackersToken).statusCode())
        .as(page)
        .isEqualTo(403);

    // The page's own post goes through.
    assertThat(victim.post(page, form, ownFields)).as(page).contains(ownAnswer);
  }

  private CitizenHttp signedIn() throws Exception {
    return new CitizenHttp(root())
        .registerAndSignIn("周敏", TestPeople.residentId(), TestPeople.mobile());
  }

  private HttpResponse<String> get(String path, String cookieHeader) throws Exception {
    return bare.send(
        HttpRequest.newBuilder(URI.create(root() + path)).header("Cookie", cookieHeader).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A refused credential is a 401 problem+json, as every citizen REST refusal is. */
  private static void notSignedIn(HttpResponse<String> response) throws Exception {
    CitizenRestProblemsIT.assertProblem(response, 401, "not-signed-in");
  }

  private static HttpCookie cookie(List<HttpCookie> jar, String name) {
    return jar.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
