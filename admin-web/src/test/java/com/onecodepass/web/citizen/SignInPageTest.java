package com.onecodepass.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignInPageTest {

  private static String page(Locale locale, SignInPage.Form form) {
    return new String(
        SignInPage.render(
            locale, "/ctx", "/ctx/signin.xhtml?lang=x", "/static/app.1.css", "TOKEN", form),
        StandardCharsets.UTF_8);
  }

  @Test
  void theFirstStepAsksForTheNumberWithTheFormToken() {
    String html = page(Locale.SIMPLIFIED_CHINESE, SignInPage.Form.opened(null, null, false));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"zh-CN\">")
        .contains("<title>手机验证码登录</title>")
        .contains(
            "<form id=\"signin\" name=\"signin\" method=\"post\" action=\"/ctx/signin.xhtml\"")
        .contains("<input type=\"hidden\" name=\"ocp-form\" value=\"TOKEN\"/>")
        .contains("<label for=\"signin:mobile\">手机号</label>")
        .contains("id=\"signin:mobile\" type=\"tel\" name=\"signin:mobile\" value=\"\"")
        .contains("id=\"signin:send\" type=\"submit\" name=\"signin:send\" value=\"获取验证码\"")
        .contains("href=\"/ctx/register.xhtml\"")
        .endsWith("</main></body></html>")
        .doesNotContain("signin:code")
        .doesNotContain("readonly")
        .doesNotContain("field-error")
        .doesNotContain("signin-for-checkin");
  }

  @Test
  void theSecondStepKeepsTheNumberReadOnlyAndShowsTheDemoCode() {
    SignInPage.Form sent =
        new SignInPage.Form(
            "17000000001", true, "170****0001", "123456", "/v/ABC", false, null, null);
    String html = page(Locale.ENGLISH, sent);
    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains(
            "value=\"17000000001\" maxlength=\"16\" autocomplete=\"tel\" readonly=\"readonly\"/>")
        .contains("A code was sent to 170****0001; it is valid for 5 minutes.")
        .contains("<strong id=\"demo-code\">123456</strong>")
        .contains("id=\"signin:code\" type=\"text\" name=\"signin:code\"")
        .contains("autocomplete=\"one-time-code\"")
        .contains("id=\"signin:submit\" type=\"submit\"")
        .contains("<input type=\"hidden\" name=\"next\" value=\"/v/ABC\"/>")
        .contains("id=\"signin-for-checkin\"")
        .doesNotContain("signin:send");
  }

  @Test
  void anErrorIsTiedToItsFieldInTheViewersLanguage() {
    SignInPage.Form wrong =
        new SignInPage.Form(
            "17000000001", true, "170****0001", null, null, false, null, "otp.wrong");
    assertThat(page(Locale.ENGLISH, wrong))
        .contains(
            "autocomplete=\"one-time-code\" aria-invalid=\"true\""
                + " aria-describedby=\"signin:code:error\"/>"
                + "<span class=\"field-error\" id=\"signin:code:error\">Wrong code</span>")
        .doesNotContain("demo-code");
    SignInPage.Form unknown =
        new SignInPage.Form("13800009999", false, null, null, null, false, "mobile.unknown", null);
    assertThat(page(Locale.SIMPLIFIED_CHINESE, unknown))
        .contains("id=\"signin:mobile:error\">该手机号尚未注册，请先注册</span>");
    SignInPage.Form newRefusal =
        new SignInPage.Form("1", false, null, null, null, false, "no.such.key", null);
    assertThat(page(Locale.ENGLISH, newRefusal)).contains("id=\"signin:mobile:error\">");
  }

  @Test
  void whatTheVisitorTypedIsEscaped() {
    SignInPage.Form typed =
        new SignInPage.Form(
            "\"><script>alert(1)</script>", false, null, null, null, true, "mobile.invalid", null);
    String html = page(Locale.ENGLISH, typed);
    assertThat(html)
        .doesNotContain("<script>")
        .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
        .contains("Registered. Please sign in.");
  }

  @Test
  void onlyAScannedVenueCodeIsAPlaceToReturnTo() {
    assertThat(SignInServlet.safeNext("/v/AbC_1.2-3")).isEqualTo("/v/AbC_1.2-3");
    assertThat(SignInServlet.safeNext("https://evil.example/v/x")).isNull();
    assertThat(SignInServlet.safeNext("//evil.example")).isNull();
    assertThat(SignInServlet.safeNext("/v/x\"><b>")).isNull();
    assertThat(SignInServlet.safeNext(null)).isNull();
  }
}
