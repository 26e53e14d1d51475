package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.web.platform.HtmlText;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.platform.PlainPage.Texts;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * "My code" written from a fixed template instead of through the Faces lifecycle: it is the page a
 * whole city opens at once when the checkpoints start asking, and it is a card of a dozen escaped
 * values. The code.js script draws the QR of {@code data-scan} on the phone and renews it every
 * minute from {@code /api/v1/me/code}; only a browser without JavaScript loads the server-drawn QR.
 */
final class CodePage {

  private static final String[] MENU = {
    "declare", "dependants", "vaccinations", "tests", "history", "appeals"
  };

  /** What the page shows. */
  record Shown(
      CodeCardView card,
      String scanUrl,
      Long shownFor,
      List<HeldCodes.Held> held,
      String testAge) {}

  /** The fingerprinted static assets the page links. */
  record Assets(String css, String encoder, String script) {}

  private CodePage() {}

  static byte[] render(
      Locale locale, String contextPath, String switchUrl, Assets assets, Shown shown) {
    Texts t = PlainPage.texts(locale);
    CodeCardView card = shown.card();
    String colour = card.colour().name().toLowerCase(Locale.ROOT);
    String forQuery = shown.shownFor() == null ? "" : "?for=" + shown.shownFor();
    StringBuilder html = new StringBuilder(3072);
    PlainPage.open(html, t, "code.title", contextPath, switchUrl, assets.css());
    switcher(html, t, contextPath, shown);
    html.append("<section id=\"code-card\" class=\"card ").append(colour);
    html.append("\" data-expires=\"").append(card.expiresAt().toEpochMilli());
    html.append("\" data-issued=\"").append(card.issuedAt().toEpochMilli());
    html.append("\" data-for=\"").append(shown.shownFor() == null ? "self" : shown.shownFor());
    html.append("\" data-sw=\"");
    HtmlText.append(html, contextPath).append("/sw.js\" data-colour=\"").append(card.colour());
    html.append("\" data-reason=\"");
    HtmlText.append(html, card.reasonCategory()).append("\" data-refresh=\"");
    HtmlText.append(html, contextPath).append("/api/v1/me/code").append(forQuery);
    html.append("\"><p class=\"offline-label\" id=\"offline\" hidden=\"hidden\" data-text=\"");
    PlainPage.text(html, t, "code.offline")
        .append("\"></p><h1 class=\"colour-label\" id=\"colour\">");
    PlainPage.text(html, t, "colour." + colour).append("</h1>");
    if (!"NONE".equals(card.reasonCategory())) {
      html.append("<div class=\"reason\"><span id=\"reason\">");
      PlainPage.text(html, t, "reason." + card.reasonCategory()).append("</span></div>");
    }
    html.append("<div class=\"qr-frame\" data-scan=\"");
    HtmlText.append(html, shown.scanUrl()).append("\" data-label=\"");
    PlainPage.text(html, t, "code.title").append("\"><noscript><img class=\"qr\" alt=\"");
    PlainPage.text(html, t, "code.title").append("\" src=\"");
    HtmlText.append(html, contextPath).append("/api/v1/me/code/qr").append(forQuery);
    html.append("\"/></noscript><div class=\"pulse\" aria-hidden=\"true\"></div></div>");
    html.append("<p class=\"clock\" id=\"clock\">").append(PlainPage.TIME.format(card.issuedAt()));
    html.append("</p><dl class=\"who\">");
    HtmlText.append(item(html, t, "code.name", "masked-name"), card.maskedName()).append("</dd>");
    HtmlText.append(item(html, t, "code.residentId", "masked-id"), card.maskedResidentId());
    PlainPage.text(item(html.append("</dd>"), t, "code.test", "test-age"), t, shown.testAge());
    item(html.append("</dd>"), t, "code.vaccination", "doses");
    int doses = card.vaccinationDoses();
    HtmlText.append(
        html,
        doses > 0
            ? new MessageFormat(t.get("code.doses"), t.locale()).format(new Object[] {doses})
            : t.get("code.doses.none"));
    html.append("</dd></dl><p class=\"hint\">");
    PlainPage.text(html, t, "code.refreshHint").append("</p><p><a class=\"button\" href=\"");
    HtmlText.append(html, contextPath).append("/code.xhtml").append(forQuery).append("\">");
    PlainPage.text(html, t, "code.refresh").append("</a></p></section>");
    menu(html, t, contextPath);
    html.append("</main><link rel=\"modulepreload\" id=\"qr-encoder\" href=\"");
    HtmlText.append(html, assets.encoder()).append("\"/><script src=\"");
    HtmlText.append(html, assets.script()).append("\" defer=\"defer\"></script></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The dependants' codes the citizen may switch to, when they hold any. */
  private static void switcher(StringBuilder html, Texts t, String contextPath, Shown shown) {
    if (shown.held().isEmpty()) {
      return;
    }
    html.append("<div class=\"switcher\"><nav id=\"switcher\" aria-label=\"");
    PlainPage.text(html, t, "code.switch").append("\"><a id=\"switch-self\" class=\"");
    html.append(shown.shownFor() == null ? "active" : "").append("\" href=\"");
    HtmlText.append(html, contextPath).append("/code.xhtml\">");
    PlainPage.text(html, t, "code.switch.self").append("</a>");
    for (HeldCodes.Held d : shown.held()) {
      html.append("<a id=\"switch-").append(d.citizenId()).append("\" class=\"");
      html.append(Long.valueOf(d.citizenId()).equals(shown.shownFor()) ? "active" : "");
      html.append("\" href=\"");
      HtmlText.append(html, contextPath).append("/code.xhtml?for=").append(d.citizenId());
      html.append("\">");
      HtmlText.append(html, d.maskedName()).append("</a>");
    }
    html.append("</nav></div>");
  }

  private static StringBuilder item(StringBuilder html, Texts t, String label, String id) {
    html.append("<dt>");
    PlainPage.text(html, t, label).append("</dt><dd id=\"").append(id).append("\">");
    return html;
  }

  private static void menu(StringBuilder html, Texts t, String contextPath) {
    html.append("<nav id=\"citizen-menu\" class=\"menu\" aria-label=\"");
    PlainPage.text(html, t, "menu.title").append("\">");
    for (String entry : MENU) {
      html.append("<a id=\"menu-").append(entry).append("\" href=\"");
      HtmlText.append(html, contextPath).append("/me/").append(entry).append(".xhtml\">");
      PlainPage.text(html, t, "menu." + entry).append("</a>");
    }
    html.append("</nav><form id=\"signout\" method=\"post\" action=\"");
    HtmlText.append(html, contextPath).append("/api/v1/me/sign-out\">");
    html.append("<button type=\"submit\" class=\"button\">");
    PlainPage.text(html, t, "menu.signOut").append("</button></form>");
  }
}
