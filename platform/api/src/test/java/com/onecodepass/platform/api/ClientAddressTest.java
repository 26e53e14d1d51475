package com.onecodepass.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("10.0.0.5");

  @Test
  void aDirectClientCannotClaimAnotherAddress() {
    assertThat(
            ClientAddress.resolve(
                "203.0.113.9", Collections.enumeration(List.of("1.2.3.4")), BALANCER))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void behindTheBalancerTheRightmostUntrustedHopIsTheClient() {
    assertThat(
            ClientAddress.resolve(
                "10.0.0.5", Collections.enumeration(List.of("1.2.3.4, 198.51.100.7")), BALANCER))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void withoutTheHeaderTheBalancerItselfIsRecorded() {
    assertThat(ClientAddress.resolve("10.0.0.5", Collections.emptyEnumeration(), BALANCER))
        .isEqualTo("10.0.0.5");
  }

  @Test
  void httpsIsBelievedFromTheSchemeOrFromOurBalancerOnly() {
    System.setProperty("ocp.trusted-proxies", "10.0.0.5");
    try {
      assertThat(ClientAddress.overHttps("https", "203.0.113.9", null)).isTrue();
      assertThat(ClientAddress.overHttps("http", "10.0.0.5", "https")).isTrue();
      assertThat(ClientAddress.overHttps("http", "10.0.0.5", "http")).isFalse();
      assertThat(ClientAddress.overHttps("http", "10.0.0.5", "https, http")).isFalse();
      assertThat(ClientAddress.overHttps("http", "203.0.113.9", "https")).isFalse();
      assertThat(ClientAddress.overHttps("http", "10.0.0.5", null)).isFalse();
    } finally {
      System.clearProperty("ocp.trusted-proxies");
    }
  }
}
