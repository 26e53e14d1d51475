package com.onecodepass.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-written refresh JSON: the fields code.js reads, and strings that cannot break out. */
class CodeRefreshTest {

  @Test
  void carriesTheScanUrlColourAndValidityOnly() {
    String json =
        new String(
            new CodeRefresh(
                    "GREEN", "NONE", "https://ocp.example/c/AQBQ-_x.sig", 1_700_000_000_000L, 42L)
                .json(),
            StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(
            "{\"colour\":\"GREEN\",\"reason\":\"NONE\",\"scanUrl\":\"https://ocp.example/c/AQBQ-_x.sig\","
                + "\"issuedAt\":1700000000000,\"expiresAt\":42}");
  }

  @Test
  void escapesWhatWouldEndOrCorruptAJsonString() {
    // The scan URL's host comes from the request when no public base URL is configured.
    String json =
        new String(
            new CodeRefresh("RED", null, "http://a\"b\\c\nd\u0001e\u2028/c/x", 1, 2).json(),
            StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"reason\":null")
        .contains("\"scanUrl\":\"http://a\\\"b\\\\c\\nd\\u0001e\\u2028/c/x\"");
  }

  @Test
  void keepsNonAsciiAsUtf8() {
    byte[] json = new CodeRefresh("YELLOW", "出行", "u", 1, 2).json();
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"reason\":\"出行\"");
  }
}
