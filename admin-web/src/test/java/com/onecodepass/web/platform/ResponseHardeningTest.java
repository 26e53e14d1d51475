package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import org.junit.jupiter.api.Test;

class ResponseHardeningTest {

  @Test
  void everyCookieIsLaxAndSecureOnlyOverHttps() {
    Cookie plain = new CookieImpl("JSESSIONID", "x");
    ResponseHardening.harden(plain, false);
    assertThat(plain.getSameSiteMode()).isEqualTo("Lax");
    assertThat(plain.isSecure()).isFalse();

    Cookie overHttps = new CookieImpl("ocp-lang", "en");
    ResponseHardening.harden(overHttps, true);
    assertThat(overHttps.getSameSiteMode()).isEqualTo("Lax");
    assertThat(overHttps.isSecure()).isTrue();
  }

  @Test
  void aCookieThatChoseItsSameSiteKeepsIt() {
    Cookie strict = new CookieImpl("c", "v").setSameSiteMode("Strict");
    ResponseHardening.harden(strict, false);
    assertThat(strict.getSameSiteMode()).isEqualTo("Strict");
  }

  @Test
  void staffPagesAndTheFailedSignInGetTheStaffPolicyOthersTheStrictOne() {
    assertThat(ResponseHardening.policyFor("/staff/index.xhtml")).contains("'unsafe-inline'");
    assertThat(ResponseHardening.policyFor("/j_security_check")).contains("'unsafe-inline'");
    assertThat(ResponseHardening.policyFor("/code.xhtml"))
        .doesNotContain("unsafe-inline")
        .contains("frame-ancestors 'none'");
    assertThat(ResponseHardening.policyFor(null)).contains("script-src 'self';");
  }
}
