package com.onecodepass.web.verify;

import com.onecodepass.codeissue.api.code.VerificationView;
import com.onecodepass.web.platform.HtmlText;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.platform.PlainPage.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The verification page for a scanned code, written from a fixed template instead of through the
 * Faces lifecycle: a checkpoint scans hundreds of codes a minute, and the page is one verdict with
 * a few escaped values. It is the markup {@code verify.xhtml} renders for a scanned code (same ids,
 * classes, data attributes for the offline check in {@code verify.js}, bundle texts, stylesheet and
 * script), in the viewer's language as {@code LanguageFilter} and Faces choose it.
 */
public final class VerificationPage {

  private VerificationPage() {}

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
    Texts t = PlainPage.texts(locale);
    String verdict = foreignLink ? VerifyCode.FOREIGN_LINK : result.verdict().errorCode();
    String colour =
        result.colour() == null ? "none" : result.colour().name().toLowerCase(Locale.ROOT);
    StringBuilder html = new StringBuilder(1536);
    // The verdict is the page's one heading, as on verify.xhtml (axe: page-has-heading-one).
    PlainPage.open(html, t, "verify.title", contextPath, switchUrl, css);
    html.append("<div id=\"verdict\" class=\"verdict ");
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
      html.append(result.issuedAt() == null ? "" : PlainPage.TIME.format(result.issuedAt()));
      html.append("</dd></dl>");
    }
    html.append("<p class=\"hint\">");
    text(html, t, "verdict." + verdict + ".hint").append("</p></div></main><script src=\"");
    HtmlText.append(html, script).append("\" defer=\"defer\"></script></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder text(StringBuilder html, Texts t, String key) {
    return PlainPage.text(html, t, key);
  }
}
