package com.onecodepass.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.web.integration.entity.TokenCheck;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private static String json(TokenCheck check) {
    return new String(ApiJson.tokenCheck(check), StandardCharsets.UTF_8);
  }

  @Test
  void aValidTokenHasItsContentsAndNoError() {
    Instant issued = Instant.parse("2026-12-06T01:02:03Z");
    assertThat(
            json(new TokenCheck(true, null, "GREEN", "王*", issued, issued.plusSeconds(60), false)))
        .isEqualTo(
            "{\"valid\":true,\"color\":\"GREEN\",\"maskedName\":\"王*\","
                + "\"issuedAt\":\"2026-12-06T01:02:03Z\",\"expiresAt\":\"2026-12-06T01:03:03Z\"}");
  }

  @Test
  void absentValuesAreLeftOutAndAForeignLinkIsFlagged() {
    assertThat(json(new TokenCheck(false, "malformed", null, null, null, null, false)))
        .isEqualTo("{\"valid\":false,\"error\":\"malformed\"}");
    assertThat(json(new TokenCheck(true, null, "RED", "A\"\\\n", null, null, true)))
        .isEqualTo(
            "{\"valid\":true,\"color\":\"RED\",\"maskedName\":\"A\\\"\\\\\\n\",\"foreignLink\":true}");
  }
}
