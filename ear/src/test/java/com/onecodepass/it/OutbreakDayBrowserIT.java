package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An outbreak day in two browsers: two citizens check in at the same venue; the district officer
 * marks one as a confirmed case, runs the trace, ticks the other in the companions table and
 * confirms them as a close contact; the contact's own code page turns red with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutbreakDayBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver citizen;
  private WebDriver officer;

  @AfterEach
  void close() {
    for (WebDriver d : new WebDriver[] {citizen, officer}) {
      if (d != null) {
        d.quit();
      }
    }
  }

  @Test
  void officerMarksTracesAndConfirmsAndTheContactSeesRed() throws Exception {
    String root = base.toString().replaceAll("/+$", "");
    String caseId = TestPeople.residentId();
    String contactId = TestPeople.residentId();
    String contactMobile = TestPeople.mobile();

    officer = Browser.phone("zh-CN");
    officer.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    // A venue of its own (an active supermarket in 雁塔区): at a shared one, other tests' visitors
    // would crowd the companions table. Registration itself is VenueCheckInBrowserIT's.
    long venueId;
    try (Connection c = CitizenLookupIT.db()) {
      venueId = RiskFixtures.venue(c, "演练小区 " + contactId.substring(14));
    }
    officer.get(root + "/staff/venue.xhtml?id=" + venueId);
    Browser.staffSignIn(officer, "yanta", "Staff#2026");
    String venueUrl = waitOrExplain(officer, By.id("venue-url"), "venue-registered").getText();

    citizen = Browser.phone("zh-CN");
    checkIn(root, venueUrl, "钱病例", caseId, TestPeople.mobile());
    citizen.manage().deleteAllCookies();
    checkIn(root, venueUrl, "孙密接", contactId, contactMobile);
    citizen.get(root + "/code.xhtml");
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("绿码");

    officer.get(root + "/staff/cases.xhtml");
    waitFor(officer, By.id("mark:residentId")).sendKeys(caseId);
    new Select(officer.findElement(By.id("mark:source"))).selectByValue("LAB_POSITIVE");
    officer.findElement(By.id("mark:submit")).click();
    assertThat(Browser.textOf(officer, By.id("case-title"))).startsWith("病例 #");
    assertThat(officer.findElement(By.id("case-person")).getText()).contains("钱*例", "红码");
    assertThat(officer.findElements(By.id("review:tabs:no-run"))).isNotEmpty();

    officer.findElement(By.id("trace:run")).click();
    // A plain <p id> in Facelets keeps its id as written (no naming-container prefix).
    waitFor(officer, By.id("close-summary"));
    String lastDigits = contactId.substring(14);
    WebElement row = waitOrExplain(officer, companionRow("孙*接", lastDigits), "outbreak-companions");
    assertThat(row.getText()).contains("未判定");
    Browser.screenshot(officer, "outbreak-companions");
    Browser.picture(officer, "case-page", Browser.DESK);
    WebElement box = row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"));
    ((JavascriptExecutor) officer).executeScript("arguments[0].scrollIntoView()", box);
    box.click();
    new WebDriverWait(officer, Duration.ofSeconds(10))
        .until(d -> "true".equals(row.getAttribute("aria-selected")));
    officer.findElement(By.id("review:tabs:confirmClose")).click();
    assertThat(Browser.textOf(officer, By.id("case-messages"))).contains("已确认 1 人");
    WebElement confirmed = waitFor(officer, companionRow("孙*接", lastDigits));
    assertThat(confirmed.getText()).contains("密切接触者", "红码");
    List<WebElement> undecided = officer.findElements(By.cssSelector(".decision.undecided"));
    assertThat(undecided.stream().map(WebElement::getText)).allMatch("未判定"::equals);

    citizen.navigate().refresh();
    WebElement card = waitFor(citizen, By.cssSelector("[data-colour]"));
    assertThat(card.getAttribute("data-colour")).isEqualTo("RED");
    assertThat(card.getAttribute("data-reason")).isEqualTo("CLOSE_CONTACT");
    assertThat(citizen.findElement(By.id("colour")).getText()).isEqualTo("红码");
    assertThat(citizen.findElement(By.id("reason")).getText()).contains("密切接触者");
    assertThat(citizen.getPageSource()).doesNotContain("钱*例", "钱病例");
    Browser.screenshot(citizen, "outbreak-contact-red");
  }

  /** The companions table's row of the person with this masked name and resident ID ending. */
  private static By companionRow(String maskedName, String idEnding) {
    return By.xpath(
        "//div[contains(@id,'companions')]//tr[.//span[@class='person' and text()='"
            + maskedName
            + "'] and contains(., '"
            + idEnding
            + "')]");
  }

  /** Registers, signs in with the code shown on screen, and checks in at the venue. */
  private void checkIn(
      String root, String venueUrl, String name, String residentId, String mobile) {
    Browser.register(citizen, root, name, residentId, mobile);
    // Browser.signInWithShownCode's steps, with this test's longer waits (a loaded machine).
    citizen.findElement(By.id("signin:send")).click();
    String code = Browser.textOf(citizen, By.id("demo-code"));
    citizen.findElement(By.id("signin:code")).sendKeys(code);
    citizen.findElement(By.id("signin:submit")).click();
    waitFor(citizen, By.id("colour"));
    citizen.get(venueUrl);
    waitFor(citizen, By.id("checkin:submit")).click();
    waitFor(citizen, By.id("checked-in"));
  }

  /** {@link #waitFor}, or a screenshot and the page's text in the failure. */
  private static WebElement waitOrExplain(WebDriver browser, By locator, String shot) {
    try {
      return waitFor(browser, locator);
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, shot + "-missing");
      throw new AssertionError(
          "no "
              + locator
              + " on "
              + browser.getCurrentUrl()
              + ": "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private static WebElement waitFor(WebDriver browser, By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
