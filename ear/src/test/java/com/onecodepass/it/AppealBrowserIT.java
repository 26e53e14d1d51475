package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An appeal of a red code in three browsers: the 雁塔区 officer holds a new resident's code red, the
 * resident appeals on their phone, the officer approves with an answer — which waits, because red
 * to green needs a second officer, and the officer cannot approve it themself — the city admin
 * approves it, and the resident sees the answer and a green code on their own pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppealBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String ANSWER = "经核实，通报时段您在单位加班，已解除红码。";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver citizen;
  private WebDriver officer;
  private WebDriver admin;

  @AfterEach
  void close() {
    for (WebDriver d : new WebDriver[] {citizen, officer, admin}) {
      if (d != null) {
        d.quit();
      }
    }
  }

  @Test
  void redAppealApprovedByTwoOfficersTurnsTheCitizenGreenWithTheAnswer() {
    String root = base.toString().replaceAll("/+$", "");
    String residentId = TestPeople.residentId();

    citizen = Browser.phone("zh-CN");
    Browser.register(citizen, root, "欧阳明远", residentId, TestPeople.mobile());
    signInWithShownCode(citizen);
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("绿码");

    officer = staff(root, "yanta", "Staff#2026");
    officer.get(root + "/staff/overrides.xhtml");
    waitFor(officer, By.id("override:residentId")).sendKeys(residentId);
    new Select(officer.findElement(By.id("override:target"))).selectByValue("RED");
    officer.findElement(By.id("override:reason")).sendKeys("确诊病例密切接触者，集中隔离");
    officer.findElement(By.id("override:submit")).click();
    assertThat(Browser.textOf(officer, By.id("override-messages"))).contains("已为");

    citizen.get(root + "/code.xhtml");
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("红码");

    citizen.get(root + "/me/appeals.xhtml");
    new Select(waitFor(citizen, By.id("appeal:reason"))).selectByValue("NOT_THERE");
    citizen.findElement(By.id("appeal:detail")).sendKeys("通报的时间我在单位加班，有门禁记录。");
    citizen.findElement(By.id("appeal:submit")).click();
    waitFor(citizen, By.id("filed"));
    String appealId = citizen.findElement(By.cssSelector("#appeals .appeal-no")).getText().strip();

    officer.get(root + "/staff/appeals.xhtml");
    waitFor(officer, By.cssSelector(".open-" + appealId)).click();
    assertThat(Browser.textOf(officer, By.id("detail"))).contains("门禁记录").contains("红码");
    // Without an answer nothing is decided.
    officer.findElement(By.id("decision:approve")).click();
    assertThat(Browser.textOf(officer, By.cssSelector("#detail .field-error"))).contains("答复");
    officer.findElement(By.id("decision:answer")).sendKeys(ANSWER);
    officer.findElement(By.id("decision:approve")).click();
    new WebDriverWait(officer, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-messages"), "复核"));

    citizen.get(root + "/me/appeals.xhtml");
    assertThat(waitFor(citizen, By.id("appeal-status-" + appealId)).getText())
        .isEqualTo("工作人员已批准，等待第二名工作人员复核");
    citizen.get(root + "/code.xhtml");
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("红码");

    officer.get(root + "/staff/overrides.xhtml");
    WebElement own = waitFor(officer, By.xpath(row(appealId)));
    assertThat(own.getText()).contains("本人申请");
    assertThat(own.findElements(By.cssSelector("input[class*='approve-']"))).isEmpty();

    admin = staff(root, "admin", "Admin#2026");
    admin.get(root + "/staff/overrides.xhtml");
    waitFor(admin, By.xpath(row(appealId)))
        .findElement(By.cssSelector("input[class*='approve-']"))
        .click();
    new WebDriverWait(admin, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("override-messages"), "已批准"));
    Browser.screenshot(admin, "override-approved");

    citizen.get(root + "/me/appeals.xhtml");
    assertThat(waitFor(citizen, By.id("appeal-status-" + appealId)).getText()).isEqualTo("已通过");
    assertThat(citizen.findElement(By.id("appeal-answer-" + appealId)).getText()).isEqualTo(ANSWER);
    Browser.screenshot(citizen, "appeal-answered");
    citizen.get(root + "/code.xhtml");
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("绿码");
  }

  /** The pending-requests row of the approval of this appeal. */
  private static String row(String appealId) {
    return "//tr[contains(., '#" + appealId + ")')]";
  }

  private static WebDriver staff(String root, String user, String password) {
    WebDriver browser = Browser.phone("zh-CN");
    browser.get(root + "/staff/index.xhtml");
    Browser.staffSignIn(browser, user, password);
    waitFor(browser, By.id("staff-who"));
    return browser;
  }

  /** As {@link Browser#signInWithShownCode}, with the longer wait a loaded test machine needs. */
  private static void signInWithShownCode(WebDriver browser) {
    browser.findElement(By.id("signin:send")).click();
    String code = Browser.textOf(browser, By.id("demo-code"));
    browser.findElement(By.id("signin:code")).sendKeys(code);
    browser.findElement(By.id("signin:submit")).click();
  }

  private static WebElement waitFor(WebDriver browser, By locator) {
    return new WebDriverWait(browser, WAIT)
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
