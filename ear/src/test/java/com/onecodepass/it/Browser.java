package com.onecodepass.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver, sized like a phone. Nothing is downloaded: the
 * driver path is given, so Selenium Manager never runs.
 */
final class Browser {

  private Browser() {}

  static WebDriver phone(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=412,915",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // Console messages (e.g. CSP violations) readable through driver.manage().logs().
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves a screenshot for people to look at and returns it as an image. */
  static BufferedImage screenshot(WebDriver driver, String name) {
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Phone width of the README's pictures of citizen screens (an iPhone 12 to 15, in CSS px). */
  static final Dimension PHONE = new Dimension(390, 844);

  /** Window of the README's pictures of staff screens. */
  static final Dimension DESK = new Dimension(1280, 800);

  /**
   * Saves a picture of the screen for the README into {@code docs.images.dir} (the pom points it at
   * target/docs-images; {@code -Ddocs.images.dir=<checkout>/docs/images} refreshes the committed
   * ones). The window takes the given size for the picture and gets its old size back. A picture
   * that cannot be written is reported, never a test failure.
   */
  static void picture(WebDriver driver, String name, Dimension size) {
    picture(driver, name, size, null);
  }

  /** As {@link #picture(WebDriver, String, Dimension)}, scrolled to show {@code element} on top. */
  static void picture(WebDriver driver, String name, Dimension size, By element) {
    String dir = System.getProperty("docs.images.dir");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(size);
      org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
      if (element == null) {
        js.executeScript("window.scrollTo(0, 0)");
      } else {
        js.executeScript("arguments[0].scrollIntoView(true)", driver.findElement(element));
      }
      byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".png"), png);
    } catch (IOException | RuntimeException e) {
      System.err.println("README picture " + name + " not written: " + e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Saves an image (e.g. a rendered PDF) as a README picture; see {@link #picture}. */
  static void picture(BufferedImage image, String name) {
    String dir = System.getProperty("docs.images.dir");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Files.createDirectories(Path.of(dir));
      ImageIO.write(image, "png", Path.of(dir, name + ".png").toFile());
    } catch (IOException e) {
      System.err.println("README picture " + name + " not written: " + e);
    }
  }

  /** Reads the QR code in a screenshot, as a phone camera would. */
  static String decodeQr(BufferedImage image) throws NotFoundException {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader()
        .decode(
            bitmap,
            // A QR scanner app looks for QR codes only; other formats can "find" noise.
            Map.of(
                DecodeHintType.TRY_HARDER,
                Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS,
                java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE)))
        .getText();
  }

  /** Fills and submits the registration form; returns on the sign-in page it leads to. */
  static void register(
      WebDriver driver, String root, String name, String residentId, String mobile) {
    driver.get(root + "/register.xhtml");
    driver.findElement(By.id("register:name")).sendKeys(name);
    driver.findElement(By.id("register:residentId")).sendKeys(residentId);
    driver.findElement(By.id("register:mobile")).sendKeys(mobile);
    new Select(driver.findElement(By.id("register:districtCode"))).selectByValue("610113");
    driver.findElement(By.id("register:submit")).click();
    waitFor(driver, By.id("signin:send"));
  }

  /** On the sign-in page with the number filled in: asks for a code and types the one shown. */
  static void signInWithShownCode(WebDriver driver) {
    driver.findElement(By.id("signin:send")).click();
    String code = waitFor(driver, By.id("demo-code")).getText();
    driver.findElement(By.id("signin:code")).sendKeys(code);
    driver.findElement(By.id("signin:submit")).click();
  }

  /** Fills and submits the staff sign-in form the browser was sent to by a protected page. */
  static void staffSignIn(WebDriver driver, String user, String password) {
    // A long wait: the first protected page of a run may still be compiling its views.
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.id("j_username")).stream().findFirst().orElse(null))
        .sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.id("staff-login-submit")).click();
  }

  /**
   * An active venue's check-in URL, read from its staff page by the demo city admin (the browser
   * stays signed in as the admin).
   */
  static String venueUrl(WebDriver officer, String root) {
    officer.get(root + "/staff/venues.xhtml?status=ACTIVE");
    staffSignIn(officer, "admin", "Admin#2026");
    waitFor(officer, By.id("staff-menu"));
    java.util.regex.Matcher active =
        VenueCheckInBrowserIT.ACTIVE_VENUE.matcher(officer.getPageSource());
    if (!active.find()) {
      throw new AssertionError("no active venue in the list");
    }
    officer.get(root + "/staff/venue.xhtml?id=" + active.group(1));
    return textOf(officer, By.id("venue-url"));
  }

  static WebElement waitFor(WebDriver driver, By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }

  /**
   * The element's text once it shows any. An Ajax update can replace the element between finding
   * and reading it (a stale element, seen in full runs); it is then found again.
   */
  /**
   * Whether the element's page has been replaced. Chromium reports a node of a replaced document
   * either as stale or as "Node with given id does not belong to the document" (an unknown error
   * that Selenium's {@code stalenessOf} does not count as stale).
   */
  static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  static String textOf(WebDriver driver, By locator) {
    // Read while the page may still be replacing itself (a form post answered by a new page):
    // Chromium reports the old node as stale or, at times, as "Node with given id does not belong
    // to the document" (seen in AccessibilityBrowserIT); both mean "look again".
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class, WebDriverException.class)
        .until(
            d ->
                d.findElements(locator).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .filter(text -> !text.isBlank())
                    .orElse(null));
  }
}
