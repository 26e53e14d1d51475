package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard alone: a citizen registers, signs in, checks in at a venue and verifies a code, and
 * an officer signs in, with Tab, Enter, the arrow keys and typing only (no click, no element typed
 * into directly: keys go to whatever has the focus). Every control reached shows a visible focus
 * ring. The code page reflows at 320 CSS px and at 200 % zoom without horizontal scrolling, and its
 * colour is also written out as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT {

  /** More Tab presses than any of our pages needs to reach a control. */
  static final int MAX_TABS = 40;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void aCitizenAndAnOfficerDoEverythingWithTheKeyboard() {
    String root = base.toString().replaceAll("/+$", "");
    WebDriver officer = Browser.phone("zh-CN");
    WebDriver citizen = Browser.phone("zh-CN");
    try {
      String venueUrl = Browser.venueUrl(officer, root);

      String mobile = TestPeople.mobile();
      citizen.get(root + "/register.xhtml");
      tabTo(citizen, "register:name");
      type(citizen, "方键盘");
      tabTo(citizen, "register:residentId");
      type(citizen, TestPeople.residentId());
      tabTo(citizen, "register:mobile");
      type(citizen, mobile);
      tabTo(citizen, "register:districtCode");
      for (int i = 0; i < 30 && !"610113".equals(active(citizen, "value")); i++) {
        press(citizen, Keys.ARROW_DOWN);
      }
      assertThat(active(citizen, "value")).isEqualTo("610113");
      tabTo(citizen, "register:submit");
      press(citizen, Keys.ENTER);

      Browser.waitFor(citizen, By.id("signin:send"));
      assertThat(citizen.findElement(By.id("signin:mobile")).getAttribute("value"))
          .isEqualTo(mobile);
      tabTo(citizen, "signin:send");
      press(citizen, Keys.ENTER);
      String code = Browser.textOf(citizen, By.id("demo-code"));
      tabTo(citizen, "signin:code");
      type(citizen, code);
      tabTo(citizen, "signin:submit");
      press(citizen, Keys.ENTER);

      Browser.waitFor(citizen, By.id("code-card"));
      assertThat(citizen.findElement(By.id("colour")).getText())
          .as("the colour is written out, not only shown as a colour")
          .isEqualTo("绿码");
      String scan = citizen.findElement(By.cssSelector(".qr-frame")).getAttribute("data-scan");
      assertReflows(citizen, root + "/code.xhtml");

      citizen.get(venueUrl);
      tabTo(citizen, "checkin:submit");
      press(citizen, Keys.ENTER);
      assertThat(Browser.textOf(citizen, By.id("checked-in-label"))).isEqualTo("登记成功");

      citizen.get(root + "/verify.xhtml");
      tabTo(citizen, "t");
      type(citizen, scan);
      press(citizen, Keys.ENTER);
      assertThat(Browser.textOf(citizen, By.id("verdict-label"))).isEqualTo("有效");
      assertThat(citizen.findElement(By.id("colour")).getText()).isEqualTo("绿码");

      officer.manage().deleteAllCookies();
      officer.get(root + "/staff/index.xhtml");
      Browser.waitFor(officer, By.id("j_username"));
      tabTo(officer, "j_username");
      type(officer, "yanta");
      tabTo(officer, "j_password");
      type(officer, "Staff#2026");
      tabTo(officer, "staff-login-submit");
      press(officer, Keys.ENTER);
      assertThat(Browser.textOf(officer, By.id("staff-user"))).isEqualTo("yanta");
    } finally {
      citizen.quit();
      officer.quit();
    }
  }

  /**
   * Presses Tab until the element with the id has the focus, and checks that it shows a focus ring.
   */
  private static void tabTo(WebDriver driver, String id) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < MAX_TABS; i++) {
      press(driver, Keys.TAB);
      String now = active(driver, "id");
      if (id.equals(now)) {
        assertFocusVisible(driver, id);
        return;
      }
      visited.add(now == null || now.isEmpty() ? active(driver, "tagName") : now);
    }
    throw new AssertionError("Tab never reached #" + id + "; it visited " + visited);
  }

  private static void assertFocusVisible(WebDriver driver, String id) {
    @SuppressWarnings("unchecked")
    Map<String, Object> style =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const s = getComputedStyle(document.activeElement);"
                        + " return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),"
                        + " visible: document.activeElement.matches(':focus-visible')};");
    assertThat(style.get("visible")).as("#%s matches :focus-visible", id).isEqualTo(true);
    assertThat(style.get("style")).as("#%s focus outline", id).isNotEqualTo("none");
    assertThat(((Number) style.get("width")).doubleValue())
        .as("#%s focus outline width", id)
        .isGreaterThanOrEqualTo(2);
  }

  private static String active(WebDriver driver, String property) {
    Object value =
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement[arguments[0]];", property);
    return value == null ? null : value.toString();
  }

  private static void press(WebDriver driver, Keys key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private static void type(WebDriver driver, String text) {
    new Actions(driver).sendKeys(text).perform();
  }

  /**
   * WCAG 1.4.10: at 320 CSS px wide (a phone, or a 1280 px window at 400 %) and at 200 % zoom of a
   * 1280 px window (640 CSS px, two device pixels each), nothing scrolls sideways.
   */
  private static void assertReflows(WebDriver driver, String url) {
    ChromeDriver chrome = (ChromeDriver) driver;
    record Viewport(int width, int height, double scale, boolean mobile) {}
    try {
      for (Viewport v :
          List.of(new Viewport(320, 640, 1, true), new Viewport(640, 400, 2, false))) {
        chrome.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", v.width(),
                "height", v.height(),
                "deviceScaleFactor", v.scale(),
                "mobile", v.mobile()));
        driver.get(url);
        Browser.waitFor(driver, By.id("code-card"));
        @SuppressWarnings("unchecked")
        Map<String, Object> widths =
            (Map<String, Object>)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "const e = document.documentElement;"
                            + " return {scroll: e.scrollWidth, client: e.clientWidth};");
        assertThat(((Number) widths.get("scroll")).longValue())
            .as("horizontal scrolling on the code page at %s", v)
            .isLessThanOrEqualTo(((Number) widths.get("client")).longValue());
        // The viewport less a vertical scrollbar, if the page shows one (15 px on desktop).
        assertThat(((Number) widths.get("client")).longValue())
            .isBetween(v.width() - 20L, (long) v.width());
        assertThat(driver.findElement(By.id("colour")).isDisplayed()).isTrue();
      }
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
