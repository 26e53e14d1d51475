package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14: the QR is drawn on the phone. In real Chromium, under the citizen pages' strict CSP,
 * the code page draws the signed URL it was given, the per-minute refresh (a few hundred bytes, no
 * picture) makes it draw a new one, and a camera (ZXing on a screenshot of the QR element) reads a
 * token that the platform verifies, before and after the refresh.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CodeDrawnOnThePhoneBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver phone;
  private String root;

  @BeforeEach
  void openBrowser() {
    phone = Browser.phone("en");
    root = base.toString().replaceAll("/+$", "");
  }

  @AfterEach
  void closeBrowser() {
    phone.quit();
  }

  @Test
  void theRefreshedCodeIsDrawnLocallyAndScansToATokenThatVerifies() throws Exception {
    Browser.register(phone, root, "Zhao Drawn", TestPeople.residentId(), TestPeople.mobile());
    Browser.signInWithShownCode(phone);
    Browser.waitFor(phone, By.cssSelector(".qr-frame svg.qr"));
    String given = phone.findElement(By.cssSelector(".qr-frame")).getAttribute("data-scan");
    String maskedName = phone.findElement(By.id("masked-name")).getText();

    String first = scan("qr-drawn-first");
    assertThat(first).isEqualTo(given).startsWith(root + "/c/");

    // The token is renewed 10 s before it expires (60 s): let the page's clock run 55 s ahead.
    js("var now = Date.now; Date.now = function () { return now.call(Date) + 55000; };");
    // Read in one script: the page may replace the picture between a find and a read.
    new WebDriverWait(phone, Duration.ofSeconds(20))
        .until(
            d ->
                !first.equals(
                    js(
                        "var qr = document.querySelector('.qr-frame svg.qr');"
                            + " return qr && qr.getAttribute('data-scan');")));
    String second = scan("qr-drawn-refreshed");
    assertThat(second).startsWith(root + "/c/").isNotEqualTo(first);

    // The page asked only for the refresh, never for the server-drawn (no-JavaScript) picture.
    Object fetched =
        js(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (n) { return n.indexOf('/api/v1/me/code') >= 0; }).join(' ');");
    assertThat((String) fetched).contains("/api/v1/me/code").doesNotContain("/me/code/qr");
    List<LogEntry> violations =
        phone.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .filter(e -> e.getMessage().contains("Content Security Policy"))
            .toList();
    assertThat(violations).as("CSP violations").isEmpty();

    for (String scanned : List.of(second, first)) {
      phone.get(scanned);
      assertThat(Browser.waitFor(phone, By.id("verdict-label")).getText()).isEqualTo("Valid");
      assertThat(phone.findElement(By.id("masked-name")).getText()).isEqualTo(maskedName);
    }
  }

  /** What a checkpoint camera reads from the QR element, as drawn at this moment. */
  private String scan(String screenshotName) throws Exception {
    Browser.screenshot(phone, screenshotName);
    byte[] png = phone.findElement(By.cssSelector(".qr-frame")).getScreenshotAs(OutputType.BYTES);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    return Browser.decodeQr(image);
  }

  private Object js(String script) {
    return ((JavascriptExecutor) phone).executeScript(script);
  }
}
