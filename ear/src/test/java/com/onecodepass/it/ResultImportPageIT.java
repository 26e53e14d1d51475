package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The imports page over HTTP: who may open it, upload, progress list, error report download. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultImportPageIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces (CSP mode) adds this nonce to every form post in the browser. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private static final Pattern ERRORS_LINK = Pattern.compile("errors\\.csv\\?id=(\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void aCheckerMayNotOpenTheImportsPage() throws Exception {
    HttpClient client = client();
    signIn(client, "checker", "Check#2026");
    assertThat(client.send(get("/staff/imports.xhtml"), ofString()).statusCode()).isEqualTo(403);
    assertThat(client.send(get("/staff/imports/sample.csv"), ofString()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void districtStaffUploadAFileAndDownloadItsErrorReport() throws Exception {
    HttpClient client = client();
    signIn(client, "yanta", "Staff#2026");
    HttpResponse<String> page = client.send(get("/staff/imports.xhtml"), ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"upload\"").contains("lab,resident_id,tube,sample_time");
    String sample = client.send(get("/staff/imports/sample.csv"), ofString()).body();
    assertThat(sample).startsWith("lab,resident_id,tube,sample_time,result\r\n");

    String name = "page-it-" + UUID.randomUUID() + ".csv";
    String csv =
        "lab,resident_id,tube,sample_time,result\r\n"
            + "Lab,"
            + TestPeople.residentId()
            + ",,2026-11-01 08:00,NEGATIVE\r\n"
            + "Lab,not-an-id,,2026-11-01 08:00,NEGATIVE\r\n";
    HttpResponse<String> uploaded = upload(client, page.body(), name, csv);
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Import of " + name + " started");

    String list = uploaded.body();
    long until = System.currentTimeMillis() + 120_000;
    while (!(list.contains(name)
            && ERRORS_LINK.matcher(list).find()
            && !list.contains(">Importing<")
            && !list.contains(">Queued<")
            && !list.contains(">Recolouring<"))
        && System.currentTimeMillis() < until) {
      Thread.sleep(500);
      list = client.send(get("/staff/imports.xhtml"), ofString()).body();
    }
    assertThat(list).contains(name).contains(">Completed<");
    Matcher link = ERRORS_LINK.matcher(list);
    assertThat(link.find()).isTrue();
    HttpResponse<String> report =
        client.send(get("/staff/imports/errors.csv?id=" + link.group(1)), ofString());
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    // the newest import is listed first: its report has both lines (unknown person, bad ID)
    assertThat(report.body())
        .contains("2,unknown-resident,")
        .contains("3,invalid-resident-id,\"Lab,not-an-id,,2026-11-01 08:00,NEGATIVE\"");

    HttpClient other = client();
    signIn(other, "xincheng", "Staff#2026");
    HttpResponse<String> notYours =
        other.send(get("/staff/imports/errors.csv?id=" + link.group(1)), ofString());
    HttpResponse<String> notThere =
        other.send(get("/staff/imports/errors.csv?id=" + Long.MAX_VALUE), ofString());
    assertThat(notYours.statusCode())
        .as("another district's report answers as a missing one")
        .isEqualTo(notThere.statusCode())
        .isEqualTo(404);
    assertThat(notYours.body()).doesNotContain("unknown-resident");
  }

  @Test
  void largeBodiesAreRefusedEverywhereButTheImportsPage() throws Exception {
    byte[] eleven = new byte[11 * 1024 * 1024];
    HttpResponse<String> response =
        client()
            .send(
                HttpRequest.newBuilder(URI.create(root() + "/index.xhtml"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(eleven))
                    .build(),
                ofString());
    assertThat(response.statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> upload(HttpClient client, String page, String name, String csv)
      throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).isTrue();
    String boundary = "----ocp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "upload", null, "upload");
    part(body, boundary, "jakarta.faces.ViewState", null, state.group(1));
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      part(body, boundary, "primefaces.nonce", null, nonce.group(1));
    }
    part(body, boundary, "upload:file", name, csv);
    part(body, boundary, "upload:start", null, "Start import");
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(root() + "/staff/imports.xhtml"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        ofString());
  }

  private static void part(
      ByteArrayOutputStream out, String boundary, String field, String file, String value) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\""
            + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: text/csv")
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private void signIn(HttpClient client, String user, String password) throws Exception {
    client.send(get("/staff/index.xhtml"), HttpResponse.BodyHandlers.discarding());
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

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(root() + path))
        .header("Accept-Language", "en")
        .build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }
}
