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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's first day, in real headless Chromium: register, sign in with the code the demo SMS
 * gateway shows, open My code, photograph the QR, follow it like a checkpoint phone would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenJourneyBrowserIT {

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
  void registerSignInShowCodeScanItAndSeeItVerified() throws Exception {
    String mobile = TestPeople.mobile();
    String root = base.toString().replaceAll("/+$", "");

    Browser.register(browser, root, "王小明", TestPeople.residentId(), mobile);
    assertThat(browser.findElement(By.id("signin:mobile")).getAttribute("value")).isEqualTo(mobile);
    Browser.signInWithShownCode(browser);

    waitFor(By.id("code-card"));
    assertThat(browser.getCurrentUrl()).endsWith("/code.xhtml");
    assertThat(browser.findElement(By.id("colour")).getText()).isEqualTo("绿码");
    assertThat(browser.findElement(By.id("masked-name")).getText()).isEqualTo("王*明");
    assertThat(browser.findElement(By.id("masked-id")).getText())
        .matches("6101\\*{10}\\d{3}[\\dX]");

    Browser.screenshot(browser, "my-code");
    // A phone camera frames the code itself, not the whole page.
    String scanned =
        Browser.decodeQr(
            javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(
                    browser
                        .findElement(By.cssSelector(".qr-frame"))
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES))));
    assertThat(scanned).startsWith(root + "/c/");

    browser.get(scanned);
    assertThat(waitFor(By.id("verdict-label")).getText()).isEqualTo("有效");
    assertThat(browser.findElement(By.id("colour")).getText()).isEqualTo("绿码");
    assertThat(browser.findElement(By.id("masked-name")).getText()).isEqualTo("王*明");
    Browser.screenshot(browser, "verified");

    browser.get(scanned.substring(0, scanned.length() - 3) + "AAA");
    assertThat(waitFor(By.id("verdict-label")).getText()).isIn("非一码通签发", "无法识别");
  }

  @Test
  void registrationShowsEveryFieldErrorInChinese() {
    browser.get(base.toString().replaceAll("/+$", "") + "/register.xhtml");
    browser.findElement(By.id("register:name")).sendKeys("李四");
    browser.findElement(By.id("register:residentId")).sendKeys("61011319900230123X");
    browser.findElement(By.id("register:mobile")).sendKeys("12345");
    browser.findElement(By.id("register:submit")).click();

    // The answer is a new page: wait for its field errors, not for the button the old page had too
    // (reading the old one's body raced with the page being replaced: a stale element in CI).
    Browser.waitFor(browser, By.cssSelector(".field-error"));
    String page = Browser.textOf(browser, By.tagName("body"));
    assertThat(page).contains("身份证号中的出生日期无效", "请填写11位中国大陆手机号", "请选择居住区县");
    assertThat(browser.getCurrentUrl()).contains("register.xhtml");
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }
}
