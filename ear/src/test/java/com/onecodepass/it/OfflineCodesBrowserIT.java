package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8, outage-tolerant codes, in real Chromium: a citizen and a checkpoint use the platform
 * through a relay; the relay is closed (the platform is unreachable) and the citizen still shows
 * their last signed code, labelled offline with its real issue time, while the checkpoint verifies
 * it from the keys it kept — and still refuses a forged one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineCodesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private Forwarder network;
  private String root;
  private WebDriver citizen;
  private WebDriver checkpoint;

  @BeforeEach
  void connect() {
    network = Forwarder.to(base.getPort());
    root = "http://127.0.0.1:" + network.port();
    citizen = Browser.phone("en");
    checkpoint = Browser.phone("en");
  }

  @AfterEach
  void disconnect() {
    network.close();
    citizen.quit();
    checkpoint.quit();
  }

  @Test
  void lastSignedCodeIsShownAndVerifiedWhileThePlatformIsUnreachable() {
    Browser.register(citizen, root, "Wang Offline", TestPeople.residentId(), TestPeople.mobile());
    Browser.signInWithShownCode(citizen);
    Browser.waitFor(citizen, By.id("code-card"));
    controlledByServiceWorker(citizen);
    citizen.navigate().refresh(); // now through the service worker, which keeps the page
    cached(citizen, root + "/code.xhtml");
    Browser.waitFor(citizen, By.id("code-card"));
    String maskedName = citizen.findElement(By.id("masked-name")).getText();
    String scanned = scanUrlOf(citizen);

    checkpoint.get(root + "/verify.xhtml");
    controlledByServiceWorker(checkpoint);
    until(checkpoint, "return localStorage.getItem('ocp.keys') !== null");
    cached(checkpoint, root + "/verify.xhtml");

    long issued =
        ((Number)
                ((JavascriptExecutor) citizen)
                    .executeScript(
                        "return JSON.parse(localStorage.getItem('ocp.code.self')).issued"))
            .longValue();
    network.close(); // the outage

    citizen.navigate().refresh();
    WebElement label = Browser.waitFor(citizen, By.cssSelector("#offline:not([hidden])"));
    assertThat(label.getText()).startsWith("Offline since").contains(hhmm(issued));
    assertThat(citizen.findElement(By.id("code-card")).getAttribute("class")).contains("offline");
    assertThat(citizen.findElement(By.id("colour")).getText()).isEqualTo("Green");
    assertThat(citizen.findElement(By.cssSelector(".qr-frame svg"))).isNotNull();
    Browser.screenshot(citizen, "offline-code");

    String path = URI.create(scanned).getPath();
    checkpoint.get(root + path);
    WebElement verdict =
        Browser.waitFor(checkpoint, By.cssSelector("#offline-verdict:not([hidden])"));
    new WebDriverWait(checkpoint, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("offline-label")).getText().isEmpty());
    assertThat(checkpoint.findElement(By.id("offline-label")).getText())
        .isEqualTo("Valid (checked offline)");
    assertThat(verdict.getAttribute("class")).contains("valid", "green");
    assertThat(checkpoint.findElement(By.id("offline-name")).getText()).isEqualTo(maskedName);
    Browser.screenshot(checkpoint, "offline-verify");

    // A forged signature is refused offline too, and its contents are not shown.
    int dot = path.lastIndexOf('.');
    char c = path.charAt(dot + 5);
    String forged = path.substring(0, dot + 5) + (c == 'A' ? 'B' : 'A') + path.substring(dot + 6);
    checkpoint.get(root + forged);
    new WebDriverWait(checkpoint, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("offline-label")).getText().isEmpty());
    assertThat(checkpoint.findElement(By.id("offline-label")).getText())
        .isEqualTo("Not issued by One Code Pass");
    assertThat(checkpoint.findElement(By.id("offline-name")).getText()).isEmpty();
  }

  private static String scanUrlOf(WebDriver driver) {
    Object json =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('code-card').getAttribute('data-refresh'),"
                    + " {credentials: 'same-origin'}).then(r => r.json()).then(done);");
    return (String) ((Map<?, ?>) json).get("scanUrl");
  }

  private static void controlledByServiceWorker(WebDriver driver) {
    until(driver, "return navigator.serviceWorker.controller !== null");
  }

  private static void cached(WebDriver driver, String url) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                + "caches.match(arguments[0]).then(r => done(!!r));",
                            url)));
  }

  private static void until(WebDriver driver, String script) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
  }

  private static String hhmm(long epochMillis) {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
        .withZone(java.time.ZoneId.systemDefault())
        .format(java.time.Instant.ofEpochMilli(epochMillis));
  }
}
