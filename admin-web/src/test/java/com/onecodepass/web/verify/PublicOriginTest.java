package com.onecodepass.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicOriginTest {

  private static final String TOKEN = "AQ-payload.signature";
  private final PublicOrigin ours = new PublicOrigin("ocp.example.cn");

  @Test
  void aBareTokenOrALinkToOurHostIsOurs() {
    assertThat(ours.owns(TOKEN)).isTrue();
    assertThat(ours.owns("https://ocp.example.cn/c/" + TOKEN)).isTrue();
    assertThat(ours.owns("HTTP://OCP.Example.CN:8443/c/" + TOKEN)).isTrue();
    assertThat(ours.owns("/c/" + TOKEN)).isTrue();
    assertThat(ours.owns("ocp.example.cn/c/" + TOKEN)).isTrue();
  }

  @Test
  void aLinkToAnyOtherHostIsNot() {
    assertThat(ours.owns("https://evil.example/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("evil.example/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("//evil.example/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("https://ocp.example.cn@evil.example/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("https://ocp.example.cn.evil.example/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("https://evil.example/ocp.example.cn/c/" + TOKEN)).isFalse();
    assertThat(ours.owns("https://bad host/c/" + TOKEN)).isFalse();
  }
}
