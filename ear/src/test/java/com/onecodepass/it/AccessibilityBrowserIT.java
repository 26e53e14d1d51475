package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.StaffScope.Role;
import com.onecodepass.web.staff.StaffPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core ({@link Axe}) on every page a person can reach, in Chinese and in English: the citizen's
 * pages signed out and signed in, the code and the verification answer in each colour, the check-in
 * confirmation, the error pages, and every staff page ({@link StaffPage}, so a new page cannot
 * escape) for each role it is open to. No page may have a critical or serious violation; a failure
 * prints every page's violations with rule, impact and the selectors of the elements.
 *
 * <p>One citizen browser and one staff browser per language walk all pages (a browser start costs
 * seconds, a page check about one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

  static final String DISTRICT = "610113";
  static final String PASSWORD = "Axe#2026walk";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void everyPageInChineseHasNoCriticalOrSeriousViolation() throws Exception {
    walk("zh-CN");
  }

  @Test
  void everyPageInEnglishHasNoCriticalOrSeriousViolation() throws Exception {
    walk("en");
  }

  private void walk(String language) throws Exception {
    Axe.Report report = new Axe.Report();
    WebDriver citizen = Browser.phone(language);
    WebDriver staff = Browser.phone(language);
    try {
      // The README's pictures show the Chinese pages, as citizens and officers see them.
      boolean pictures = language.equals("zh-CN");
      for (WebDriver d : List.of(citizen, staff)) {
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
      }
      try {
        citizenPages(citizen, staff, report, pictures);
      } catch (WebDriverException | AssertionError e) {
        report.add(
            "the citizen's walk stopped at " + citizen.getCurrentUrl(), List.of(Axe.notChecked(e)));
      }
      staffPages(staff, report, pictures);
    } finally {
      citizen.quit();
      staff.quit();
    }
    System.out.println("axe-core, " + language + ":\n" + report.describe());
    assertThat(report.pagesChecked()).isGreaterThan(40);
    assertThat(report.blockingCount())
        .as("critical and serious axe violations (%s):%n%s", language, report.describe())
        .isZero();
  }

  private void citizenPages(
      WebDriver citizen, WebDriver officer, Axe.Report report, boolean pictures) throws Exception {
    String root = root();
    check(report, citizen, "/", root + "/");
    check(report, citizen, "/register.xhtml", root + "/register.xhtml");
    citizen.findElement(By.id("register:mobile")).sendKeys("12345");
    citizen.findElement(By.id("register:submit")).click();
    Browser.waitFor(citizen, By.cssSelector(".field-error"));
    checkHere(report, citizen, "/register.xhtml with field errors");
    check(report, citizen, "/signin.xhtml", root + "/signin.xhtml");
    check(report, citizen, "/verify.xhtml (paste a code)", root + "/verify.xhtml");
    check(report, citizen, "404 page", root + "/no-such-page.xhtml");
    for (String page : new String[] {"error.html", "expired.html", "not-found.html"}) {
      staticErrorPage(citizen, root, page);
      checkHere(report, citizen, "WEB-INF/errors/" + page);
    }

    String venueUrl = Browser.venueUrl(officer, root);
    String forgedVenue = venueUrl.substring(0, venueUrl.length() - 6) + "AAAAAA";
    check(report, citizen, "/v/<forged> (scan outcome)", forgedVenue);
    check(report, citizen, "/v/<token> signed out", venueUrl);

    String residentId = TestPeople.residentId();
    Browser.register(citizen, root, "林无障", residentId, TestPeople.mobile());
    checkHere(report, citizen, "/signin.xhtml after registering");
    citizen.findElement(By.id("signin:send")).click();
    Browser.waitFor(citizen, By.id("demo-code"));
    checkHere(report, citizen, "/signin.xhtml with a code sent");
    String code = Browser.textOf(citizen, By.id("demo-code"));
    citizen.findElement(By.id("signin:code")).sendKeys(code);
    citizen.findElement(By.id("signin:submit")).click();
    Browser.waitFor(citizen, By.id("code-card"));

    String scan = null;
    for (String colour : new String[] {"green", "yellow", "red"}) {
      if (!colour.equals("green")) {
        override(officer, residentId, colour.toUpperCase(Locale.ROOT));
      }
      citizen.get(root + "/code.xhtml");
      Browser.waitFor(citizen, By.cssSelector("#code-card." + colour));
      checkHere(report, citizen, "/code.xhtml " + colour);
      if (pictures) {
        Browser.picture(citizen, "code-" + colour, Browser.PHONE);
      }
      scan = citizen.findElement(By.cssSelector(".qr-frame")).getAttribute("data-scan");
      check(report, citizen, "/c/<token> " + colour, scan);
      if (pictures) {
        Browser.picture(citizen, "verified-" + colour, Browser.PHONE);
      }
      if (colour.equals("green")) {
        for (String page :
            new String[] {
              "declare", "dependants", "vaccinations", "tests", "history", "trips", "appeals"
            }) {
          check(report, citizen, "/me/" + page + ".xhtml", root + "/me/" + page + ".xhtml");
        }
        check(report, citizen, "/v/<token> signed in", venueUrl);
        citizen.findElement(By.id("checkin:submit")).click();
        Browser.waitFor(citizen, By.id("checked-in"));
        checkHere(report, citizen, "/me/checked-in.xhtml");
        if (pictures) {
          Browser.picture(citizen, "checked-in", Browser.PHONE);
        }
      }
    }
    check(report, citizen, "/c/<forged>", scan.substring(0, scan.length() - 3) + "AAA");
    if (pictures) {
      Browser.picture(citizen, "verified-forged", Browser.PHONE);
    }
    // The walker brings its own case, so the case page is checked with a case on it even when
    // this test runs first on a fresh database.
    markCase(officer, residentId);
  }

  /** Confirms the citizen as a case (lab positive) on the cases page, as a district officer. */
  private void markCase(WebDriver officer, String residentId) {
    officer.get(root() + "/staff/cases.xhtml");
    Browser.waitFor(officer, By.id("mark:residentId")).sendKeys(residentId);
    new Select(officer.findElement(By.id("mark:source"))).selectByValue("LAB_POSITIVE");
    officer.findElement(By.id("mark:submit")).click();
    Browser.textOf(officer, By.id("case-title"));
  }

  private void staffPages(WebDriver staff, Axe.Report report, boolean pictures) throws Exception {
    String root = root();
    staff.manage().deleteAllCookies();
    check(report, staff, "/staff/login.xhtml", root + "/staff/login.xhtml");
    check(report, staff, "/staff/login.xhtml?error=true", root + "/staff/login.xhtml?error=true");
    String caseId = first("SELECT MIN(id) FROM confirmed_case");
    String venueId = first("SELECT MIN(id) FROM venue WHERE district_code = '" + DISTRICT + "'");
    String run = UUID.randomUUID().toString().substring(0, 6);
    for (Role role : Role.values()) {
      String user = "axe-" + role.name().toLowerCase(Locale.ROOT).substring(0, 5) + "-" + run;
      boolean inDistrict = role == Role.DISTRICT_STAFF || role == Role.VENUE_OPERATOR;
      StaffSession.account(user, PASSWORD, role.name(), inDistrict ? DISTRICT : null);
      staff.manage().deleteAllCookies();
      staff.get(root + "/staff/index.xhtml");
      Browser.staffSignIn(staff, user, PASSWORD);
      Browser.waitFor(staff, By.id("staff-menu"));
      for (StaffPage page : StaffPage.values()) {
        if (!page.allows(role)) {
          continue;
        }
        String query =
            switch (page) {
              case VENUE -> venueId == null ? "" : "?id=" + venueId;
              case CASE -> caseId == null ? "" : "?id=" + caseId;
              default -> "";
            };
        check(report, staff, page.path() + query + " as " + role, root + page.path() + query);
        if (page == StaffPage.IMPORTS && role == Role.CITY_ADMIN) {
          importTheSample(staff);
          checkHere(report, staff, page.path() + " with an import as " + role);
          if (pictures) {
            Browser.picture(staff, "imports", Browser.DESK);
          }
        }
        if (pictures && page == StaffPage.HOME && role == Role.CITY_ADMIN) {
          Browser.picture(staff, "staff-home", Browser.DESK);
        }
      }
    }
  }

  /**
   * Opens the page, waits until it has loaded and its scripts ran, and checks it. A page load that
   * times out (Chromium's renderer on a loaded box) is tried once more.
   */
  private static void check(Axe.Report report, WebDriver driver, String name, String url) {
    try {
      driver.get(url);
    } catch (TimeoutException e) {
      driver.get(url);
    }
    checkHere(report, driver, name);
  }

  private static void checkHere(Axe.Report report, WebDriver driver, String name) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(
              d ->
                  "complete"
                      .equals(
                          ((JavascriptExecutor) d).executeScript("return document.readyState")));
      report.add(name, Axe.check(driver));
    } catch (WebDriverException e) {
      // Reported as a failure of this page; the walk goes on, so one run shows every page.
      report.add(name, List.of(Axe.notChecked(e)));
    }
  }

  /**
   * The static error pages (web.xml error-page) the server cannot be made to show on demand here:
   * their markup, from the source tree, written into a same-origin document.
   */
  private static void staticErrorPage(WebDriver driver, String root, String file) throws Exception {
    String html =
        Files.readString(
            Path.of("..", "admin-web", "src", "main", "webapp", "WEB-INF", "errors", file));
    driver.get(root + "/no-such-page.xhtml");
    ((JavascriptExecutor) driver)
        .executeScript("document.open(); document.write(arguments[0]); document.close();", html);
  }

  /** Uploads the page's own sample file, so the list shows an import and its progress. */
  private static void importTheSample(WebDriver staff) throws Exception {
    Path csv = Files.createTempFile("axe-import-", ".csv");
    try {
      Files.writeString(csv, staff.findElement(By.id("sample")).getAttribute("textContent"));
      staff.findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
      staff.findElement(By.id("upload:start")).click();
      Browser.waitFor(staff, By.cssSelector(".import-status"));
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** Turns the citizen's code to the colour by an officer's override (stricter: no second look). */
  private void override(WebDriver officer, String residentId, String colour) {
    officer.get(root() + "/staff/overrides.xhtml");
    Browser.waitFor(officer, By.id("override:residentId")).sendKeys(residentId);
    new Select(officer.findElement(By.id("override:target"))).selectByValue(colour);
    officer.findElement(By.id("override:reason")).sendKeys("无障碍检查 accessibility walk: " + colour);
    officer.findElement(By.id("override:submit")).click();
    Browser.textOf(officer, By.id("override-messages"));
  }

  private static String first(String sql) throws Exception {
    try (Connection c = StaffSession.database();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
