package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The risk-area page in Chromium, as a district officer uses it: define a compound over a venue
 * with three visitors, preview (3 green → yellow), publish through the confirmation, watch the
 * progress reach 100 % and the area come into force. A checker may not open the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskAreaBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void defineThenPreviewThenPublishAndWatchItApply() throws Exception {
    String root = base.toString().replaceAll("/+$", "");
    String community = "浏览器测试小区" + new SecureRandom().nextInt(1_000_000);
    try (Connection c =
        DriverManager.getConnection(
            System.getProperty("it.db.url"),
            System.getProperty("it.db.user"),
            System.getProperty("it.db.password"))) {
      List<Long> people = RiskFixtures.citizens(c, 3);
      long venue = RiskFixtures.venue(c, community);
      RiskFixtures.visits(c, people, venue, Instant.now().minus(Duration.ofHours(5)));
    }

    browser = Browser.phone("en");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    browser.get(root + "/staff/risk-areas.xhtml");
    Browser.staffSignIn(browser, "yanta", "Staff#2026");

    waitFor(By.id("define:name")).sendKeys("Browser " + community);
    // COMPOUND and HIGH are preselected; the district is the officer's own.
    waitFor(By.id("define:place")).sendKeys(community);
    browser.findElement(By.id("define:create")).click();

    waitUntil(() -> browser.findElement(By.id("selected-name")).getText().contains(community));
    browser.findElement(By.id("risk:preview")).click();
    waitUntil(() -> !browser.findElements(By.id("preview-summary")).isEmpty());
    assertThat(browser.findElement(By.id("preview-summary")).getText())
        .contains("1 venue(s)", "3 person(s)");
    assertThat(browser.findElement(By.cssSelector("[data-change='green-yellow']")).getText())
        .isEqualTo("3");
    Browser.screenshot(browser, "risk-area-preview");
    Browser.picture(browser, "risk-area-preview", Browser.DESK, By.id("selected-name"));

    browser.findElement(By.id("risk:publish")).click();
    waitFor(By.id("risk:confirm-yes"));
    waitUntil(() -> browser.findElement(By.id("risk:confirm-yes")).isDisplayed());
    browser.findElement(By.id("risk:confirm-yes")).click();

    waitUntil(() -> browser.findElement(By.id("selected-status")).getText().equals("In force"));
    assertThat(browser.findElement(By.id("progress-text")).getText())
        .startsWith("3 of 3 people processed")
        .endsWith("3 given this area");
    assertThat(browser.findElement(By.id("risk:bar")).getText()).contains("100%");
    Browser.screenshot(browser, "risk-area-applied");
  }

  @Test
  void aCheckerCannotOpenThePage() {
    String root = base.toString().replaceAll("/+$", "");
    browser = Browser.phone("en");
    browser.get(root + "/staff/risk-areas.xhtml");
    Browser.staffSignIn(browser, "checker", "Check#2026");
    waitUntil(() -> !browser.getPageSource().contains("j_username"));
    assertThat(browser.findElements(By.id("define:name"))).isEmpty();
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }

  private void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
