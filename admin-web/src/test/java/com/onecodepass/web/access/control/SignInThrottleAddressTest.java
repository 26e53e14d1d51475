package com.onecodepass.web.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-address limit on a real (embedded, local) Infinispan cache. */
class SignInThrottleAddressTest {

  private DefaultCacheManager caches;
  private SignInThrottle throttle;

  @BeforeEach
  void cache() {
    caches = new DefaultCacheManager();
    caches.defineConfiguration("rate-limit", new ConfigurationBuilder().build());
    throttle = new SignInThrottle();
    throttle.counters = caches.getCache("rate-limit");
  }

  @AfterEach
  void stop() {
    caches.stop();
  }

  @Test
  void anAddressIsRefusedAtTheLimitAndOthersAreNot() {
    for (int i = 1; i < SignInThrottle.ADDRESS_LIMIT; i++) {
      throttle.recordAddressFailure("203.0.113.7");
    }
    assertThat(throttle.isAddressBlocked("203.0.113.7")).isFalse();
    throttle.recordAddressFailure("203.0.113.7");
    assertThat(throttle.isAddressBlocked("203.0.113.7")).isTrue();
    assertThat(throttle.isAddressBlocked("203.0.113.8")).isFalse();
  }

  @Test
  void usernamesAreCountedCaseInsensitivelyAndCut() {
    assertThat(SignInThrottle.key(" Yanta ")).isEqualTo("yanta");
    assertThat(SignInThrottle.key("x".repeat(60))).hasSize(40);
    assertThat(SignInThrottle.key(null)).isEmpty();
  }
}
