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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A parent in headless Chromium: registers, signs in, adds a child with consent, switches to the
 * child's code and sees the child's masked name; a forged {@code ?for=} shows the parent's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FamilyCodeBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.phone("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void addAChildAndSwitchToTheirCode() {
    String root = base.toString().replaceAll("/+$", "");
    String mobile = TestPeople.mobile();
    Browser.register(browser, root, "赵海燕", TestPeople.residentId(), mobile);
    Browser.signInWithShownCode(browser);
    waitFor(By.id("code-card"));
    assertThat(browser.findElements(By.id("switcher"))).isEmpty();

    browser.findElement(By.id("menu-dependants")).click();
    submit(waitFor(By.id("dependants:submit"))); // empty form: field errors, nothing added
    assertThat(bodyText()).contains("请填写姓名");
    browser.findElement(By.id("dependants:name")).sendKeys("赵小宝");
    browser.findElement(By.id("dependants:residentId")).sendKeys(TestPeople.residentId());
    new Select(browser.findElement(By.id("dependants:relation"))).selectByValue("CHILD");
    submit(browser.findElement(By.id("dependants:submit")));
    assertThat(bodyText()).contains("请勾选确认已获得同意");

    browser.findElement(By.id("dependants:consent")).click();
    submit(browser.findElement(By.id("dependants:submit")));
    waitFor(By.id("added"));
    assertThat(browser.findElement(By.id("dependants")).getText()).contains("赵*宝", "子女");

    browser.findElement(By.linkText("返回我的健康码")).click();
    WebElement childLink = waitFor(By.cssSelector("#switcher a[id^='switch-']:not(#switch-self)"));
    assertThat(childLink.getText()).isEqualTo("赵*宝");
    String childId = childLink.getAttribute("id").substring("switch-".length());
    assertThat(browser.findElement(By.id("masked-name")).getText()).isEqualTo("赵*燕");
    childLink.click();

    waitFor(By.id("code-card"));
    assertThat(browser.getCurrentUrl()).endsWith("/code.xhtml?for=" + childId);
    assertThat(browser.findElement(By.id("masked-name")).getText()).isEqualTo("赵*宝");
    assertThat(browser.findElement(By.id("colour")).getText()).isEqualTo("绿码");
    Browser.screenshot(browser, "family-code");

    // An id the parent does not hold shows the parent's own code, never someone else's.
    browser.get(root + "/code.xhtml?for=1");
    assertThat(waitFor(By.id("masked-name")).getText()).isEqualTo("赵*燕");
  }

  /** Clicks and waits until the browser has left the page the button was on. */
  private void submit(WebElement button) {
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Browser.isGone(button));
  }

  private String bodyText() {
    return waitFor(By.tagName("body")).getText();
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
