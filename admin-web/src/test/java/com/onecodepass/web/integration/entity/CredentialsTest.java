package com.onecodepass.web.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsClientIdAndSecretFromHttpBasic() {
    Credentials c = Credentials.fromBasic(basic("demo-lab:Lab#2026:with:colons"), "10.0.0.1");
    assertThat(c.present()).isTrue();
    assertThat(c.clientId()).isEqualTo("demo-lab");
    assertThat(c.secret()).isEqualTo("Lab#2026:with:colons");
    assertThat(c.address()).isEqualTo("10.0.0.1");
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    assertThat(Credentials.fromBasic("basic " + basic("a:b").substring(6), null).present())
        .isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Bearer abc", "Basic !!!not-base64", "Basic Zm9v", "Basic OnNlY3JldA=="})
  void anythingElseIsNoCredentials(String header) {
    assertThat(Credentials.fromBasic(header, "a").present()).isFalse();
  }

  @Test
  void theSecretNeverAppearsInToString() {
    assertThat(Credentials.fromBasic(basic("id:s3cret"), "a").toString()).doesNotContain("s3cret");
  }
}
