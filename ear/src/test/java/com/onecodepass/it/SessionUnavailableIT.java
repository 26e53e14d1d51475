package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.it.stall.SessionStall;
import com.onecodepass.it.stall.SessionStallServlet;
import io.undertow.servlet.ServletExtension;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17: a signed-in officer whose session the cluster cannot hand out (its key locked by
 * another node's transaction: ISPN000299) gets a clean 503 with Retry-After in their language — not
 * the bare 500 of the failed error page — one WARN line per request, and their session back once
 * the lock is gone. The lock is injected at the session manager (SessionStall, test only): the IT
 * server runs one node with local caches, where no other node can hold a lock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionUnavailableIT {

  private static final String PASSWORD = "Stall#2026xyz";
  private static final long LOCK_WAIT_MS = 1_000;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.productionEar();
    JavaArchive stall =
        ShrinkWrap.create(JavaArchive.class, "it-session-stall.jar")
            .addClasses(SessionStall.class, SessionStallServlet.class)
            .addAsServiceProvider(ServletExtension.class, SessionStall.class);
    ear.getAsType(WebArchive.class, "admin-web.war").addAsLibrary(stall);
    return ear;
  }

  @ArquillianResource URL base;

  @Test
  void aStaffSessionWhoseLockIsHeldAnswers503UntilTheLockIsGone() throws Exception {
    String user = "stall-" + UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(user, PASSWORD, "CHECKER", null);
    StaffSession officer = StaffSession.signedIn(base.toString(), user, PASSWORD);
    assertThat(officer.get("/staff/index.xhtml").statusCode()).isEqualTo(200);
    String session = sessionId(officer);

    stall(session, 8);
    long start = System.nanoTime();
    HttpResponse<String> page = officer.get("/staff/index.xhtml");
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("retry-after")).hasValue("10");
    assertThat(page.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("lang=\"en\"", "try again in <b>10</b> s")
        .doesNotContain("Exception", "ISPN", "at org.", "at io.");
    // The wait is the lock's, nothing is added to it (no second lookup, no error page).
    assertThat(tookMs).isLessThan(LOCK_WAIT_MS + 3_000);

    officer.language = "zh-CN,zh;q=0.9";
    assertThat(officer.get("/staff/index.xhtml").body()).contains("lang=\"zh-CN\"", "秒后重试");

    HttpResponse<String> api = officer.get("/api/v1/no-such-resource");
    assertThat(api.statusCode()).as(api.headers() + " " + api.body()).isEqualTo(503);
    assertThat(api.body()).as(api.headers().toString()).contains("session-unavailable");
    // Not asserted yet: the Content-Type header of this answer reads text/html although the
    // handler sets application/problem+json on the response and the exchange (docs/RELIABILITY.md,
    // issue 17, what remains).
    assertThat(api.body()).contains("\"status\":503", "\"code\":\"session-unavailable\"");

    String log = log();
    String marker = "(session " + session.substring(0, 8) + "…)";
    List<String> warnings = log.lines().filter(l -> l.contains(marker)).toList();
    assertThat(warnings).hasSize(3).allMatch(l -> l.contains("WARN") && l.contains("ISPN000299"));
    // Nothing else about these requests: no second lookup (UT005071), no error page (UT005022).
    String since = log.substring(log.indexOf(marker));
    assertThat(since.lines().filter(l -> l.matches(".*UT0050(22|23|71).*"))).isEmpty();

    // The lock is released (the cluster's bound): the same session works again, still signed in.
    Thread.sleep(8_000);
    officer.language = "en";
    HttpResponse<String> again = officer.get("/staff/index.xhtml");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).doesNotContain("id=\"staff-login\"");
    assertThat(sessionId(officer)).isEqualTo(session);
  }

  private void stall(String session, int seconds) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            root()
                                + "/it-session-stall?id="
                                + session
                                + "&seconds="
                                + seconds
                                + "&waitMillis="
                                + LOCK_WAIT_MS))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).isEqualTo("stalled");
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  private static String sessionId(StaffSession browser) {
    return browser.cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  private static Path serverLog() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
  }

  private static String log() throws Exception {
    // The server writes its log apart from the response; give it a moment.
    Thread.sleep(500);
    return Files.readString(serverLog(), StandardCharsets.UTF_8);
  }
}
