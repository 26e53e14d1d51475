package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Chromium under the real CSP: both Chart.js charts are drawn, the console shows
 * no policy violation or script error, the district picker works, and a CSV link downloads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

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
  void chartsRenderUnderTheContentSecurityPolicyAndCsvDownloads() throws Exception {
    String root = base.toString().replaceAll("/+$", "");
    browser = Browser.phone("en");
    browser.get(root + "/staff/index.xhtml");
    Browser.staffSignIn(browser, "admin", "Admin#2026");
    waitFor(By.id("open-dashboard")).click();

    waitFor(By.cssSelector("#hour-chart canvas"));
    assertChartDrawn("colour-chart");
    assertChartDrawn("hour-chart");
    assertThat(browser.findElement(By.id("dashboard-scope")).getText()).contains("Xi'an");

    new Select(browser.findElement(By.id("district"))).selectByValue("610113");
    browser.findElement(By.id("show")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("dashboard-scope")).getText().contains("Yanta"));
    assertChartDrawn("hour-chart");
    Browser.screenshot(browser, "dashboard-yanta");
    Browser.picture(browser, "dashboard", Browser.DESK);

    List<LogEntry> problems =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                e ->
                    (e.getLevel().intValue() >= Level.WARNING.intValue()
                            && !e.getMessage().contains("favicon.ico"))
                        || e.getMessage().contains("Content Security Policy"))
            .toList();
    assertThat(problems).as("browser console").isEmpty();

    String csvHref = browser.findElement(By.id("csv-hours")).getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<String> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(csvHref))
                    .header("Cookie", "JSESSIONID=" + session)
                    .header("Accept-Language", "en")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "dashboard-hours-610113.csv");
    assertThat(csv.body().lines().toList())
        .hasSize(25)
        .first()
        .isEqualTo("\uFEFFDistrict,Hour,Check-ins");
  }

  private void assertChartDrawn(String id) {
    WebElement canvas = waitFor(By.cssSelector("#" + id + " canvas"));
    assertThat(canvas.getSize().getWidth()).isGreaterThan(0);
    Object drawn =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + " return !!(window.Chart && Chart.getChart(c));",
                id);
    assertThat(drawn).as("Chart.js instance on #%s", id).isEqualTo(Boolean.TRUE);
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
