package com.onecodepass.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import com.onecodepass.codeissue.api.code.VerificationView;
import com.onecodepass.web.platform.PlainPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerificationPageTest {

  private static final Instant ISSUED = Instant.parse("2026-12-06T01:02:03Z");

  private static String page(Locale locale, VerificationView view, boolean foreign) {
    return new String(
        VerificationPage.render(
            locale,
            "",
            "/c/TOKEN?lang=" + (locale.getLanguage().equals("en") ? "zh" : "en"),
            "/static/app.1.css",
            "/static/verify.2.js",
            view,
            foreign),
        StandardCharsets.UTF_8);
  }

  private static VerificationView valid(String name) {
    return new VerificationView(
        TokenVerdict.VALID, CodeColour.GREEN, name, ISSUED, ISSUED.plusSeconds(60));
  }

  @Test
  void aValidCodeShowsVerdictColourNameAndTimeInChinese() {
    String html = page(Locale.SIMPLIFIED_CHINESE, valid("王*"), false);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"zh-CN\">")
        .doesNotContain("<h1>核验健康码</h1>")
        .contains("class=\"verdict valid green\"")
        .contains("<h1 class=\"verdict-label\" id=\"verdict-label\">有效</h1>")
        .contains("id=\"masked-name\">王*</dd>")
        .contains("id=\"issued-at\">2026-12-06 09:02:03</dd>")
        .contains("data-keys=\"/api/v1/keys\" data-sw=\"/sw.js\"")
        .contains("<link rel=\"stylesheet\" href=\"/static/app.1.css\"/>")
        .contains("<script src=\"/static/verify.2.js\" defer=\"defer\"></script>")
        .contains("lang=\"en\" href=\"/c/TOKEN?lang=en\">English</a>")
        .doesNotContain("jakarta.faces");
  }

  @Test
  void englishAndAForeignLink() {
    String html = page(Locale.ENGLISH, valid("Wang*"), true);
    assertThat(html)
        .contains("<html lang=\"en\">")
        .doesNotContain("<h1>Verify a code</h1>")
        .contains("class=\"verdict foreign_link green\"")
        .contains(">Link is not One Code Pass</h1>")
        .contains("lang=\"zh-CN\" href=\"/c/TOKEN?lang=zh\">中文</a>")
        .doesNotContain("verdict valid");
  }

  @Test
  void aForgedOrUnreadableCodeShowsNoContents() {
    for (TokenVerdict v : List.of(TokenVerdict.BAD_SIGNATURE, TokenVerdict.MALFORMED)) {
      String html = page(Locale.ENGLISH, new VerificationView(v, null, null, null, null), false);
      assertThat(html)
          .contains("class=\"verdict " + v.errorCode() + " none\"")
          .doesNotContain("masked-name")
          .doesNotContain("colour-label");
    }
    String expired =
        page(
            Locale.ENGLISH,
            new VerificationView(
                TokenVerdict.EXPIRED, CodeColour.RED, "A*", ISSUED, ISSUED.plusSeconds(60)),
            false);
    assertThat(expired).contains("class=\"verdict expired red\"", ">Expired</h1>", ">Red</p>");
  }

  @Test
  void valuesAreEscaped() {
    String html = page(Locale.ENGLISH, valid("<script>\"&'"), false);
    assertThat(html)
        .contains("id=\"masked-name\">&lt;script&gt;&quot;&amp;&#39;</dd>")
        .doesNotContain("<script>\"");
  }

  @Test
  void languageAsFacesPicksIt() {
    assertThat(PlainPage.localeOf(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(PlainPage.localeOf(Collections.enumeration(List.of(Locale.US))))
        .isEqualTo(Locale.ENGLISH);
    assertThat(
            PlainPage.localeOf(
                Collections.enumeration(List.of(Locale.FRENCH, Locale.SIMPLIFIED_CHINESE))))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(PlainPage.localeOf(Collections.enumeration(List.of(Locale.GERMAN))))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }
}
