package com.onecodepass.web.citizen;

import com.onecodepass.web.platform.HtmlText;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.platform.PlainPage.Texts;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * "Sign in with a text-message code" written from a fixed template instead of through the Faces
 * lifecycle: in a surge a whole city signs in again, three requests each, and the page is a form of
 * two fields. Ids and field names are the ones the Faces form had ({@code signin:mobile}, {@code
 * signin:send}, ...), so scripts, tests and password managers see the same form.
 */
final class SignInPage {

  /**
   * What the page shows.
   *
   * @param mobile the number typed (or just registered); read-only once a code was sent
   * @param codeStep the second step: a code was sent, type it
   * @param maskedMobile where the code went (second step)
   * @param demoCode the code the demo SMS gateway shows on screen, or null
   * @param next a scanned venue code to return to after sign-in (already checked), or null
   * @param registered just registered: say so
   * @param mobileError the bundle key of the mobile field's error, or null
   * @param codeError the bundle key of the code field's error, or null
   */
  record Form(
      String mobile,
      boolean codeStep,
      String maskedMobile,
      String demoCode,
      String next,
      boolean registered,
      String mobileError,
      String codeError) {

    static Form opened(String mobile, String next, boolean registered) {
      return new Form(mobile, false, null, null, next, registered, null, null);
    }
  }

  private SignInPage() {}

  static byte[] render(
      Locale locale,
      String contextPath,
      String switchUrl,
      String css,
      String formToken,
      Form form) {
    Texts t = PlainPage.texts(locale);
    StringBuilder html = new StringBuilder(2048);
    PlainPage.open(html, t, "signin.title", contextPath, switchUrl, css);
    PlainPage.text(html.append("<h1>"), t, "signin.title").append("</h1>");
    if (form.registered()) {
      PlainPage.text(html.append("<div class=\"notice\">"), t, "signin.registered");
      html.append("</div>");
    }
    if (form.next() != null) {
      html.append("<div id=\"signin-for-checkin\" class=\"notice\">");
      PlainPage.text(html, t, "signin.forCheckIn").append("</div>");
    }
    html.append("<form id=\"signin\" name=\"signin\" method=\"post\" action=\"");
    HtmlText.append(html, contextPath).append("/signin.xhtml\" class=\"form\">");
    html.append("<input type=\"hidden\" name=\"signin\" value=\"signin\"/>");
    html.append("<input type=\"hidden\" name=\"ocp-form\" value=\"");
    HtmlText.append(html, formToken).append("\"/><input type=\"hidden\" name=\"next\" value=\"");
    HtmlText.append(html, form.next()).append("\"/>");
    label(html, t, "mobile", "signin.mobile");
    html.append("<input id=\"signin:mobile\" type=\"tel\" name=\"signin:mobile\" value=\"");
    HtmlText.append(html, form.mobile()).append("\" maxlength=\"16\" autocomplete=\"tel\"");
    html.append(form.codeStep() ? " readonly=\"readonly\"" : "");
    fieldError(html, t, "mobile", form.mobileError());
    if (!form.codeStep()) {
      button(html, t, "send", "signin.send", "button");
    } else {
      html.append("<p class=\"notice\">");
      HtmlText.append(
          html,
          new MessageFormat(t.get("signin.sent"), t.locale())
              .format(new Object[] {form.maskedMobile()}));
      html.append("</p>");
      if (form.demoCode() != null) {
        PlainPage.text(html.append("<div class=\"demo-sms\">"), t, "signin.demoCode");
        HtmlText.append(html.append(" <strong id=\"demo-code\">"), form.demoCode());
        html.append("</strong></div>");
      }
      label(html, t, "code", "signin.code");
      html.append("<input id=\"signin:code\" type=\"text\" name=\"signin:code\" value=\"\"");
      html.append(" maxlength=\"6\" inputmode=\"numeric\" autocomplete=\"one-time-code\"");
      fieldError(html, t, "code", form.codeError());
      button(html, t, "submit", "signin.submit", "button primary");
    }
    html.append("</form><p><a href=\"");
    HtmlText.append(html, contextPath).append("/register.xhtml\">");
    PlainPage.text(html, t, "signin.register").append("</a></p></main></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void label(StringBuilder html, Texts t, String field, String key) {
    html.append("<label for=\"signin:").append(field).append("\">");
    PlainPage.text(html, t, key).append("</label>");
  }

  /** Closes the field's input tag; with an error, marks the field and says why next to it. */
  private static void fieldError(StringBuilder html, Texts t, String field, String key) {
    if (key == null) {
      html.append("/>");
      return;
    }
    String id = "signin:" + field + ":error";
    html.append(" aria-invalid=\"true\" aria-describedby=\"").append(id).append("\"/>");
    html.append("<span class=\"field-error\" id=\"").append(id).append("\">");
    HtmlText.append(html, textOr(t, key)).append("</span>");
  }

  private static void button(StringBuilder html, Texts t, String id, String key, String css) {
    html.append("<input id=\"signin:").append(id).append("\" type=\"submit\" name=\"signin:");
    html.append(id).append("\" value=\"");
    PlainPage.text(html, t, key).append("\" class=\"").append(css).append("\"/>");
  }

  /** An error key the bundle lacks (a module's new refusal) reads as the generic error. */
  private static String textOr(Texts t, String key) {
    return t.bundle().containsKey(key) ? t.get(key) : t.get("error.generic");
  }
}
