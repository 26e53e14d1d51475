package com.onecodepass.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for audit entries and per-address limits. Behind the load
 * balancer every request arrives from the balancer, so its {@code X-Forwarded-For} is used, but
 * only when the direct peer is a balancer listed in {@code ocp.trusted-proxies} (comma-separated
 * addresses): anyone else could write any address into that header. This is the only place that
 * reads the peer address ({@code ClientAddressOnlyTest} keeps it so); the listener's
 * proxy-address-forwarding stays off, as it would believe any peer's header.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return resolve(
        request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trustedProxies());
  }

  /**
   * Whether the request reached us over HTTPS: directly, or at one of our balancers, which says so
   * in {@code X-Forwarded-Proto} (its last value: the one our balancer wrote).
   */
  public static boolean overHttps(String scheme, String peer, String forwardedProto) {
    if ("https".equalsIgnoreCase(scheme)) {
      return true;
    }
    if (forwardedProto == null || peer == null || !trustedProxies().contains(peer)) {
      return false;
    }
    String[] hops = forwardedProto.split(",");
    return "https".equalsIgnoreCase(hops[hops.length - 1].strip());
  }

  static String resolve(String peer, Enumeration<String> forwardedHeaders, Set<String> trusted) {
    if (peer == null || !trusted.contains(peer) || forwardedHeaders == null) {
      return peer;
    }
    List<String> hops =
        Collections.list(forwardedHeaders).stream()
            .flatMap(h -> Arrays.stream(h.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    // The rightmost hop our own balancers did not add is the client; hops left of it are claims.
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i).length() <= 64 ? hops.get(i) : peer;
      }
    }
    return peer;
  }

  static Set<String> trustedProxies() {
    String value = System.getProperty("ocp.trusted-proxies");
    if (value == null) {
      value = System.getenv("OCP_TRUSTED_PROXIES");
    }
    return value == null
        ? Set.of()
        : Arrays.stream(value.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }
}
