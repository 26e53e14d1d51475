package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void switchValuesMapToTheTwoLanguages() {
    assertThat(Languages.parse("en")).contains(Locale.ENGLISH);
    assertThat(Languages.parse("EN-us")).contains(Locale.ENGLISH);
    assertThat(Languages.parse("zh")).contains(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.parse("zh-CN")).contains(Locale.SIMPLIFIED_CHINESE);
    assertThat(Languages.parse("fr")).isEmpty();
    assertThat(Languages.parse("<script>")).isEmpty();
    assertThat(Languages.parse(null)).isEmpty();
  }

  @Test
  void theSwitchLinkKeepsOtherParametersAndReplacesLang() {
    assertThat(Languages.switchUrl("/signin.xhtml", null, "en")).isEqualTo("/signin.xhtml?lang=en");
    assertThat(Languages.switchUrl("/venue.xhtml", "id=5&lang=zh", "en"))
        .isEqualTo("/venue.xhtml?id=5&lang=en");
  }
}
