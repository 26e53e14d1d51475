package com.onecodepass.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine of the browsers' own developer tools, run inside the page the
 * browser shows. The script comes from npm, pinned by ear/package-lock.json (test-tools.sh puts it
 * where the system property {@code axe.script} points); no rule here is written by hand. All of
 * axe's rules run (WCAG 2.x A/AA and its best practices); {@link #blocking} are those of impact
 * critical or serious, which the accessibility test allows none of.
 */
final class Axe {

  /** One rule a page breaks, with the CSS selectors of the elements that break it. */
  record Violation(String rule, String impact, String help, List<String> nodes) {
    boolean blocking() {
      return "critical".equals(impact) || "serious".equals(impact);
    }

    @Override
    public String toString() {
      return impact + ": " + rule + " (" + help + ")\n      " + String.join("\n      ", nodes);
    }
  }

  private static String script;

  private Axe() {}

  /** Runs every axe rule on the document the browser shows now. */
  @SuppressWarnings("unchecked")
  static List<Violation> check(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(script());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    Object result =
        js.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                rule: v.id, impact: v.impact || 'none', help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')
                  + (n.failureSummary ? '  -- ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))
              }))))
              .catch(e => done('axe failed: ' + e));
            """);
    if (result instanceof String failure) {
      throw new IllegalStateException(failure + " on " + driver.getCurrentUrl());
    }
    List<Violation> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      violations.add(
          new Violation(
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (List<String>) v.get("nodes")));
    }
    return violations;
  }

  /** A page that could not be checked (it did not load, the script failed): a failure too. */
  static Violation notChecked(Throwable e) {
    String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return new Violation(
        "page-not-checked", "critical", e.getClass().getSimpleName(), List.of(reason));
  }

  private static synchronized String script() {
    if (script == null) {
      try {
        script =
            Files.readString(
                Path.of(System.getProperty("axe.script", "target/test-tools/axe.min.js")));
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core is missing (ear/src/test/build/test-tools.sh)", e);
      }
    }
    return script;
  }

  /** What a walk over many pages found, page by page; printed whole when it fails. */
  static final class Report {
    private final Map<String, List<Violation>> pages = new LinkedHashMap<>();

    void add(String page, List<Violation> violations) {
      pages.put(page, violations);
    }

    int pagesChecked() {
      return pages.size();
    }

    long blockingCount() {
      return pages.values().stream().flatMap(List::stream).filter(Violation::blocking).count();
    }

    /** Every page with what it broke; blocking violations are marked with "!!". */
    String describe() {
      StringBuilder out = new StringBuilder();
      pages.forEach(
          (page, violations) -> {
            out.append(page).append(violations.isEmpty() ? ": no violations" : "").append('\n');
            for (Violation v : violations) {
              out.append(v.blocking() ? "  !! " : "     ").append(v).append('\n');
            }
          });
      return out.toString();
    }
  }
}
