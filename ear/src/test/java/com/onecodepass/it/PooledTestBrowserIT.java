package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A mass-testing day in three browsers: a green citizen is sampled into a pooled tube by the test
 * site, the lab reports the tube positive and the citizen's own code page turns yellow with the
 * reason; the individual retest comes back negative and the code is green again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PooledTestBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver citizen;
  private WebDriver checker;
  private WebDriver lab;

  @AfterEach
  void close() {
    for (WebDriver d : new WebDriver[] {citizen, checker, lab}) {
      if (d != null) {
        d.quit();
      }
    }
  }

  @Test
  void pooledPositiveTurnsYellowWithReasonAndIndividualNegativeTurnsGreen() {
    String root = base.toString().replaceAll("/+$", "");
    String residentId = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    String tube = "XA" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);

    citizen = Browser.phone("zh-CN");
    Browser.register(citizen, root, "赵丽娟", residentId, mobile);
    Browser.signInWithShownCode(citizen);
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("绿码");

    checker = staff(root, "checker", "Check#2026");
    checker.get(root + "/staff/sampling.xhtml");
    waitFor(checker, By.id("tube:barcode")).sendKeys(tube);
    checker.findElement(By.id("tube:site")).sendKeys("雁塔区电视塔采样点");
    checker.findElement(By.id("tube:open")).click();
    waitFor(checker, By.id("tube:member")).sendKeys(residentId);
    checker.findElement(By.id("tube:add")).click();
    assertThat(Browser.textOf(checker, By.id("members"))).contains("赵*娟");

    lab = staff(root, "admin", "Admin#2026");
    lab.get(root + "/staff/lab-results.xhtml");
    waitFor(lab, By.id("tubeResult:barcode")).sendKeys(tube);
    new Select(lab.findElement(By.id("tubeResult:result"))).selectByValue("POSITIVE");
    lab.findElement(By.id("tubeResult:lab")).sendKeys("西安市第一检测中心");
    lab.findElement(By.id("tubeResult:submit")).click();
    assertThat(Browser.textOf(lab, By.id("lab-messages"))).contains("1");

    citizen.navigate().refresh();
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("黄码");
    assertThat(citizen.findElement(By.id("reason")).getText()).contains("混采阳性");
    Browser.screenshot(citizen, "pooled-positive-yellow");

    lab.get(root + "/staff/lab-results.xhtml");
    waitFor(lab, By.id("individual:residentId")).sendKeys(residentId);
    new Select(lab.findElement(By.id("individual:result"))).selectByValue("NEGATIVE");
    lab.findElement(By.id("individual:lab")).sendKeys("西安市第一检测中心");
    lab.findElement(By.id("individual:submit")).click();
    // The answer's message, not the element: the page the form was on has an empty one too, and
    // refreshing the citizen before the result was stored saw the old colour (a full run).
    Browser.textOf(lab, By.id("lab-messages"));

    citizen.navigate().refresh();
    assertThat(Browser.textOf(citizen, By.id("colour"))).isEqualTo("绿码");
    assertThat(citizen.findElements(By.id("reason"))).isEmpty();
  }

  private static WebDriver staff(String root, String user, String password) {
    WebDriver browser = Browser.phone("zh-CN");
    browser.get(root + "/staff/index.xhtml");
    Browser.staffSignIn(browser, user, password);
    waitFor(browser, By.id("staff-who"));
    return browser;
  }

  private static WebElement waitFor(WebDriver browser, By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
