package com.onecodepass.web.verify;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The short URLs inside QR codes. Short paths keep the QR at a low version, which cheap phone
 * cameras read fastest. {@code ocp.public.base-url} names the public host behind a balancer.
 */
public final class ScannedLinks {

  public static final String PERSONAL_PREFIX = "/c/";
  public static final String VENUE_PREFIX = "/v/";

  private ScannedLinks() {}

  public static String personalCodeUrl(HttpServletRequest request, String token) {
    return baseUrl(request) + PERSONAL_PREFIX + token;
  }

  /** The URL a venue poster's QR carries: {@code <base>/v/<venue token>}. */
  public static String venueCodeUrl(HttpServletRequest request, String token) {
    return baseUrl(request) + VENUE_PREFIX + token;
  }

  static String baseUrl(HttpServletRequest request) {
    String configured = System.getProperty("ocp.public.base-url");
    if (configured != null && !configured.isBlank()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    StringBuilder url =
        new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
    int port = request.getServerPort();
    if (!(port == 80 && "http".equals(request.getScheme()))
        && !(port == 443 && "https".equals(request.getScheme()))) {
      url.append(':').append(port);
    }
    return url.append(request.getContextPath()).toString();
  }
}
