package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandWrittenTextTest {

  @Test
  void jsonStringsEscapeWhatWouldEndOrCorruptThem() {
    String nasty = "王*\"\\\n\r\t\u0000\u001f\u2028\u2029</script>";
    assertThat(JsonText.string(new StringBuilder(), nasty))
        .hasToString("\"王*\\\"\\\\\\n\\r\\t\\u0000\\u001f\\u2028\\u2029</script>\"");
    assertThat(JsonText.string(new StringBuilder(), null)).hasToString("null");
  }

  @Test
  void htmlTextCannotLeaveItsElementOrAttribute() {
    assertThat(HtmlText.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(HtmlText.escape(null)).isEmpty();
  }
}
