package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 500 KB-per-view failure made impossible: each citizen page is fetched like a browser (HTML
 * plus every asset it references, gzip accepted) and must stay inside its byte budget; every asset
 * must be cacheable forever so a repeat visit costs only the HTML.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

  static final int DYNAMIC_HTML_BUDGET = 6 * 1024;
  static final int FIRST_VISIT_BUDGET = 60 * 1024;
  static final int REPEAT_VISIT_BUDGET = 6 * 1024;
  static final int REFRESH_BUDGET = 1024;
  private static final Pattern REFERENCE =
      Pattern.compile("(?:href|src)=\"(/[^\"#?]*\\.(?:css|js|png|svg|ico|woff2|webmanifest))\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private CitizenHttp phone;
  private String scanUrl;

  @BeforeEach
  void signIn() throws Exception {
    phone = new CitizenHttp(base.toString());
    phone.registerAndSignIn("孙伟", TestPeople.residentId(), TestPeople.mobile());
    String refresh = html(phone.getGzip("/api/v1/me/code"));
    Matcher url = Pattern.compile("\"scanUrl\":\"([^\"]+)\"").matcher(refresh);
    assertThat(url.find()).as("refresh JSON has the scan URL").isTrue();
    scanUrl = url.group(1);
  }

  @Test
  void codePageStaysInsideItsBudgets() throws Exception {
    assertBudgets("/code.xhtml", "id=\"code-card\"");
  }

  @Test
  void verificationPageStaysInsideItsBudgets() throws Exception {
    assertBudgets(scanUrl, "id=\"verdict-label\"");
  }

  @Test
  void theMinuteRefreshCarriesOnlyWhatChanges() throws Exception {
    HttpResponse<byte[]> refresh = phone.getGzip("/api/v1/me/code");
    assertThat(refresh.statusCode()).isEqualTo(200);
    String json = new String(refresh.body(), StandardCharsets.UTF_8);
    System.out.printf("page weight /api/v1/me/code: %d B%n", refresh.body().length);
    // The phone draws the QR: a signed URL, colour and validity, no picture.
    assertThat(refresh.body().length).isLessThan(REFRESH_BUDGET);
    assertThat(json)
        .startsWith("{\"colour\":\"GREEN\"")
        .contains("\"scanUrl\":\"" + scanUrl + "\"", "\"expiresAt\":")
        .doesNotContain("<svg", "qrSvg");
    // Too small to be worth a Deflater per request.
    assertThat(refresh.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refresh.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(refresh.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  @Test
  void theCodePageLeavesDrawingTheQrToThePhone() throws Exception {
    String html = html(phone.getGzip("/code.xhtml"));
    assertThat(html)
        .contains("data-scan=\"" + new java.net.URI(scanUrl).getScheme() + "://")
        .contains("rel=\"modulepreload\"")
        .doesNotContain("<svg");
    Matcher fallback = Pattern.compile("<noscript><img[^>]* src=\"([^\"]+)\"").matcher(html);
    assertThat(fallback.find()).as("a server-drawn QR for browsers without JavaScript").isTrue();
    String path = fallback.group(1).substring(new URL(phone.root).getPath().length());
    HttpResponse<byte[]> image = phone.getGzip(path);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(html(image)).startsWith("<svg").contains("<path d=\"M");
    assertThat(new CitizenHttp(base.toString()).getGzip(path).statusCode()).isEqualTo(401);
  }

  @Test
  void everyStaticAssetIsFingerprintedImmutableCompressedAndTyped() throws Exception {
    Set<String> assets = new LinkedHashSet<>();
    for (String page : List.of("/code.xhtml", "/", "/signin.xhtml", "/register.xhtml", scanUrl)) {
      assets.addAll(references(html(phone.getGzip(page))));
    }
    assertThat(assets).isNotEmpty();
    for (String asset : assets) {
      assertThat(asset).as("served from the CDN-able prefix").startsWith("/static/");
      assertThat(asset)
          .as("content hash in the name")
          .matches("/static/[\\w-]+\\.[0-9a-f]{10}\\.\\w+");
      HttpResponse<byte[]> response = phone.getGzip(asset);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .matches(
              asset.endsWith(".css")
                  ? "text/css.*"
                  : asset.endsWith(".js") ? "text/javascript.*" : ".+");
      if (asset.endsWith(".css") || asset.endsWith(".js")) {
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
      }
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
    assertThat(phone.getGzip("/static/app.0000000000.css").statusCode()).isEqualTo(404);
  }

  private void assertBudgets(String page, String marker) throws Exception {
    HttpResponse<byte[]> response = phone.getGzip(page);
    assertThat(response.statusCode()).isEqualTo(200);
    String html = html(response);
    assertThat(html).contains(marker);
    assertThat(html)
        .doesNotContainIgnoringCase("jsessionid")
        .doesNotContain("jakarta.faces.resource");
    assertThat(html).doesNotContainIgnoringCase("primefaces").doesNotContainIgnoringCase("jquery");
    int htmlBytes = response.body().length;
    int first = htmlBytes;
    List<String> noStore = new ArrayList<>();
    for (String asset : references(html)) {
      HttpResponse<byte[]> a = phone.getGzip(asset);
      first += a.body().length;
      if (!a.headers().firstValue("Cache-Control").orElse("").contains("immutable")) {
        noStore.add(asset);
      }
    }
    int repeat = htmlBytes; // immutable assets come from the browser cache without a request
    System.out.printf(
        "page weight %s: html %d B gzip, first visit %d B, repeat visit %d B%n",
        page.replaceAll("/c/.*", "/c/<token>"), htmlBytes, first, repeat);
    assertThat(noStore).as("assets a repeat visit would fetch again").isEmpty();
    assertThat(htmlBytes).isLessThanOrEqualTo(DYNAMIC_HTML_BUDGET);
    assertThat(first).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
    assertThat(repeat).isLessThanOrEqualTo(REPEAT_VISIT_BUDGET);
  }

  private static Set<String> references(String html) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String html(HttpResponse<byte[]> response) throws Exception {
    byte[] body = response.body();
    if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }
}
