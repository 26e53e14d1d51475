package com.onecodepass.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.codeissue.api.code.CodeColour;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodePageTest {

  private static final Instant ISSUED = Instant.parse("2026-12-06T01:02:03Z");
  private static final CodePage.Assets ASSETS =
      new CodePage.Assets("/static/app.1.css", "/static/qrcodegen.2.js", "/static/code.3.js");

  private static CodeCardView card(CodeColour colour, String reason, String name, int doses) {
    return new CodeCardView(
        colour,
        reason,
        name,
        "6101**********0008",
        "TOKEN",
        ISSUED,
        ISSUED.plusSeconds(60),
        null,
        doses);
  }

  private static String page(Locale locale, CodePage.Shown shown) {
    return new String(
        CodePage.render(locale, "/ctx", "/ctx/code.xhtml?lang=x", ASSETS, shown),
        StandardCharsets.UTF_8);
  }

  @Test
  void theOwnCodeInChineseWithEverythingCode_jsNeeds() {
    CodePage.Shown shown =
        new CodePage.Shown(
            card(CodeColour.GREEN, "NONE", "周*霞", 3),
            "https://ocp.example/c/A.B",
            null,
            List.of(),
            "test.none");
    String html = page(Locale.SIMPLIFIED_CHINESE, shown);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"zh-CN\">")
        .contains("<title>我的健康码</title>")
        .contains("class=\"card green\"")
        .contains("data-expires=\"" + ISSUED.plusSeconds(60).toEpochMilli() + "\"")
        .contains("data-for=\"self\"")
        .contains("data-refresh=\"/ctx/api/v1/me/code\"")
        .contains("data-scan=\"https://ocp.example/c/A.B\"")
        .contains("<h1 class=\"colour-label\" id=\"colour\">绿码</h1>")
        .contains("id=\"clock\">2026-12-06 09:02:03</p>")
        .contains("id=\"masked-name\">周*霞</dd>")
        .contains("id=\"doses\">已接种3剂</dd></dl>")
        .contains("src=\"/ctx/api/v1/me/code/qr\"")
        .contains("id=\"menu-appeals\" href=\"/ctx/me/appeals.xhtml\"")
        .contains("action=\"/ctx/api/v1/me/sign-out\"")
        .contains("<script src=\"/static/code.3.js\" defer=\"defer\"></script>")
        .doesNotContain("id=\"switcher\"")
        .doesNotContain("id=\"reason\"")
        .doesNotContain("jakarta.faces");
  }

  @Test
  void aDependantsRedCodeInEnglishWithTheSwitcherAndEscapedNames() {
    CodePage.Shown shown =
        new CodePage.Shown(
            card(CodeColour.RED, "CASE", "<b>Wang*", 0),
            "https://ocp.example/c/A.B",
            42L,
            List.of(new HeldCodes.Held(42, "Li*\"x", "child")),
            "test.age24");
    String html = page(Locale.ENGLISH, shown);
    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains("class=\"card red\"")
        .contains("data-for=\"42\"")
        .contains("data-refresh=\"/ctx/api/v1/me/code?for=42\"")
        .contains("src=\"/ctx/api/v1/me/code/qr?for=42\"")
        .contains("<a id=\"switch-self\" class=\"\" href=\"/ctx/code.xhtml\">")
        .contains(
            "<a id=\"switch-42\" class=\"active\" href=\"/ctx/code.xhtml?for=42\">Li*&quot;x</a>")
        .contains("id=\"reason\">")
        .contains("id=\"masked-name\">&lt;b&gt;Wang*</dd>")
        .doesNotContain("<b>Wang");
  }
}
