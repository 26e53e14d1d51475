package com.onecodepass.web.verify;

import com.onecodepass.codeissue.api.VerificationView;
import com.onecodepass.web.platform.HtmlText;
import com.onecodepass.web.platform.Messages;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verification page for a scanned code, written from a fixed template instead of through the
 * Faces lifecycle: a checkpoint scans hundreds of codes a minute, and the page is one verdict with
 * a few escaped values. It is the markup {@code verify.xhtml} renders for a scanned code (same ids,
 * classes, data attributes for the offline check in {@code verify.js}, bundle texts, stylesheet and
 * script), in the viewer's language as {@code LanguageFilter} and Faces choose it.
 */
public final class VerificationPage {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
  static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  /** The fixed parts of the page per language, ready to be copied. */
  private record Texts(Locale locale, ResourceBundle bundle, String otherLang, String otherLabel) {}

  private static final Map<Locale, Texts> TEXTS = new ConcurrentHashMap<>();

  private VerificationPage() {}

  /**
   * The page's language, as Faces picks it from the request's locales (which {@code LanguageFilter}
   * has already narrowed to a chosen language): the first that is English or Simplified Chinese,
   * else Simplified Chinese (faces-config's default).
   */
  static Locale localeOf(Enumeration<Locale> preferred) {
    while (preferred != null && preferred.hasMoreElements()) {
      Locale l = preferred.nextElement();
      if (l.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (l.equals(DEFAULT)) {
        return DEFAULT;
      }
    }
    return DEFAULT;
  }

  /**
   * @param contextPath the application's context path ("" at the root)
   * @param switchUrl the address of this page in the other language
   * @param css the stylesheet's fingerprinted URL
   * @param script {@code verify.js}'s fingerprinted URL
   * @param result what the token verified to (never null)
   * @param foreignLink the token came inside a link to another host
   */
  static byte[] render(
      Locale locale,
      String contextPath,
      String switchUrl,
      String css,
      String script,
      VerificationView result,
      boolean foreignLink) {
    Texts t = TEXTS.computeIfAbsent(locale, VerificationPage::texts);
    String verdict = foreignLink ? VerifyCode.FOREIGN_LINK : result.verdict().errorCode();
    String colour =
        result.colour() == null ? "none" : result.colour().name().toLowerCase(Locale.ROOT);
    StringBuilder html = new StringBuilder(1536);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(t.locale().toLanguageTag());
    html.append("\"><head><meta charset=\"utf-8\"/>");
    html.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"/><title>");
    text(html, t, "verify.title").append("</title><link rel=\"stylesheet\" href=\"");
    HtmlText.append(html, css).append("\"/></head><body><header class=\"bar\"><a class=\"brand\"");
    html.append(" href=\"");
    HtmlText.append(html, contextPath).append("/\">");
    text(html, t, "app.name").append("</a><a class=\"lang\" id=\"lang-switch\" lang=\"");
    html.append(t.otherLang().equals("en") ? "en" : "zh-CN").append("\" href=\"");
    HtmlText.append(html, switchUrl).append("\">");
    // The verdict is the page's one heading, as on verify.xhtml (axe: page-has-heading-one).
    text(html, t, t.otherLabel()).append("</a></header><main><div id=\"verdict\" class=\"verdict ");
    html.append(verdict).append(' ').append(colour).append("\" data-keys=\"");
    HtmlText.append(html, contextPath).append("/api/v1/keys\" data-sw=\"");
    HtmlText.append(html, contextPath).append("/sw.js\"><h1 class=\"verdict-label\"");
    html.append(" id=\"verdict-label\">");
    text(html, t, "verdict." + verdict).append("</h1>");
    if (result.colour() != null) {
      html.append("<p class=\"colour-label\" id=\"colour\">");
      text(html, t, "colour." + colour).append("</p><dl class=\"who\"><dt>");
      text(html, t, "code.name").append("</dt><dd id=\"masked-name\">");
      HtmlText.append(html, result.maskedName()).append("</dd><dt>");
      text(html, t, "verify.issuedAt").append("</dt><dd id=\"issued-at\">");
      html.append(result.issuedAt() == null ? "" : TIME.format(result.issuedAt()));
      html.append("</dd></dl>");
    }
    html.append("<p class=\"hint\">");
    text(html, t, "verdict." + verdict + ".hint").append("</p></div></main><script src=\"");
    HtmlText.append(html, script).append("\" defer=\"defer\"></script></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Texts texts(Locale locale) {
    boolean english = locale.getLanguage().equals("en");
    return new Texts(
        english ? Locale.ENGLISH : DEFAULT,
        ResourceBundle.getBundle(Messages.BUNDLE, locale),
        english ? "zh" : "en",
        english ? "lang.zh" : "lang.en");
  }

  private static StringBuilder text(StringBuilder html, Texts t, String key) {
    return HtmlText.append(html, t.bundle().getString(key));
  }
}
