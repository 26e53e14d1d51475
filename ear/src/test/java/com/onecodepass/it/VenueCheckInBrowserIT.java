package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.CityClock;
import java.awt.image.BufferedImage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A venue poster from printer to gate: the PDF's QR decodes to the venue URL; a citizen's phone
 * opens it, signs in, comes back, checks in with one tap, sees the confirmation and My trips.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenueCheckInBrowserIT {

  static final Pattern ACTIVE_VENUE =
      Pattern.compile("data-venue-id=\"(\\d+)\"(?:(?!venue-row).)*?status-ACTIVE", Pattern.DOTALL);
  static final Pattern VENUE_URL = Pattern.compile("<code id=\"venue-url\">([^<]+)</code>");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void thePdfPostersQrDecodesToTheVenueUrlAndTheSvgPosterCarriesTheSameCode() throws Exception {
    String root = root();
    HttpClient staff = client();
    signIn(staff, "admin", "Admin#2026");
    String list = text(staff, root + "/staff/venues.xhtml?status=ACTIVE");
    Matcher active = ACTIVE_VENUE.matcher(list);
    assertThat(active.find()).as("an active venue in the list").isTrue();
    String id = active.group(1);
    Matcher url = VENUE_URL.matcher(text(staff, root + "/staff/venue.xhtml?id=" + id));
    assertThat(url.find()).isTrue();
    String venueUrl = url.group(1);
    assertThat(venueUrl).startsWith(root + "/v/");

    HttpResponse<byte[]> pdf =
        staff.send(
            get(root + "/staff/poster/" + id + ".pdf"), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      // A4 portrait: 595 x 842 points
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      assertThat(Browser.decodeQr(page)).isEqualTo(venueUrl);
      Browser.picture(new PDFRenderer(document).renderImageWithDPI(0, 50), "poster");
    }

    String svg = text(staff, root + "/staff/poster/" + id + ".svg");
    assertThat(svg).startsWith("<svg").contains("width=\"210mm\"", "一码通", "Venue check-in");

    HttpClient anonymous = client();
    assertThat(text(anonymous, root + "/staff/poster/" + id + ".pdf")).doesNotContain("%PDF");
    assertThat(text(anonymous, venueUrl)).contains("id=\"signin-to-checkin\"");
    String forged = venueUrl.substring(0, venueUrl.length() - 6) + "AAAAAA";
    assertThat(text(anonymous, forged))
        .contains("id=\"scan-outcome\"")
        .doesNotContain("signin-to-checkin");
  }

  @Test
  void aCitizenScansAPosterSignsInChecksInAndSeesItInMyTrips() throws Exception {
    String root = root();
    WebDriver browser = Browser.phone("zh-CN");
    try {
      browser.get(root + "/staff/venues.xhtml?status=ACTIVE");
      Browser.staffSignIn(browser, "admin", "Admin#2026");
      waitFor(
              browser,
              By.xpath(
                  "(//tr[td[contains(@class,'status-ACTIVE')]]//a[@class='venue-link'])[last()]"))
          .click();
      waitFor(browser, By.id("venue-qr"));
      String venueName = browser.findElement(By.id("venue-name")).getText();
      String shownUrl = browser.findElement(By.id("venue-url")).getText();
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("document.getElementById('venue-qr').scrollIntoView()");
      String scanned = Browser.decodeQr(Browser.screenshot(browser, "venue-code"));
      assertThat(scanned).isEqualTo(shownUrl).startsWith(root + "/v/");
      browser.manage().deleteAllCookies();

      String mobile = TestPeople.mobile();
      Browser.register(browser, root, "周扫码", TestPeople.residentId(), mobile);

      browser.get(scanned);
      assertThat(Browser.textOf(browser, By.id("venue-name"))).isEqualTo(venueName);
      browser.findElement(By.id("signin-to-checkin")).click();
      waitFor(browser, By.id("signin-for-checkin"));
      browser.findElement(By.id("signin:mobile")).sendKeys(mobile);
      browser.findElement(By.id("signin:send")).click();
      String code = Browser.textOf(browser, By.id("demo-code"));
      browser.findElement(By.id("signin:code")).sendKeys(code);
      browser.findElement(By.id("signin:submit")).click();

      waitFor(browser, By.id("checkin:submit"));
      assertThat(browser.getCurrentUrl()).isEqualTo(scanned);
      browser.findElement(By.id("checkin:submit")).click();

      WebElement confirmation = waitFor(browser, By.id("checked-in"));
      assertThat(browser.getCurrentUrl()).contains("/me/checked-in.xhtml");
      assertThat(confirmation.getAttribute("class")).contains("green");
      assertThat(browser.findElement(By.id("checked-in-label")).getText()).isEqualTo("登记成功");
      assertThat(browser.findElement(By.id("venue-name")).getText()).isEqualTo(venueName);
      assertThat(browser.findElement(By.cssSelector(".person-colour")).getText()).isEqualTo("绿码");
      assertThat(browser.findElement(By.cssSelector(".masked-name")).getText()).isEqualTo("周*码");
      assertThat(browser.findElement(By.id("gate-instruction")).getText()).contains("可以进入");
      String today = LocalDate.now(CityClock.ZONE).toString();
      assertThat(browser.findElement(By.id("checkin-date")).getText()).startsWith(today);
      String firstClock = browser.findElement(By.id("clock")).getText();
      new WebDriverWait(browser, Duration.ofSeconds(5))
          .until(d -> !d.findElement(By.id("clock")).getText().equals(firstClock));
      Browser.screenshot(browser, "checked-in");

      browser.findElement(By.id("my-trips-link")).click();
      WebElement trips = waitFor(browser, By.id("trips"));
      assertThat(trips.findElements(By.cssSelector(".trip"))).hasSize(1);
      assertThat(trips.getText()).contains(venueName);
      Browser.screenshot(browser, "my-trips");
    } finally {
      browser.quit();
    }
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  private static WebElement waitFor(WebDriver browser, By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }

  private void signIn(HttpClient client, String user, String password) throws Exception {
    client.send(get(root() + "/staff/index.xhtml"), HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(root() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).doesNotContain("login-error");
  }

  private static String text(HttpClient client, String url) throws Exception {
    return client.send(get(url), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN").build();
  }
}
