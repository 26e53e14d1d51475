package com.onecodepass.web.verify;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host our QR links point to: the host of {@code ocp.public.base-url}, or, when that is not
 * set, the host this request was addressed to (the same rule {@link ScannedLinks} writes links by).
 * A genuine token inside a link to any other host was put into a QR by someone else — a phishing
 * sign, so verification says so instead of answering a plain "valid".
 */
public record PublicOrigin(String host) {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

  public PublicOrigin {
    host = normalised(host);
  }

  /** The configured public host, parsed once per value of the property (it rarely changes). */
  private record Configured(String baseUrl, PublicOrigin origin) {}

  private static volatile Configured configured = new Configured("", new PublicOrigin(""));

  public static PublicOrigin of(HttpServletRequest request) {
    String base = System.getProperty("ocp.public.base-url");
    if (base == null || base.isBlank()) {
      // What ScannedLinks writes links with: the host this request was addressed to, as URI
      // would give it back (an IPv6 literal in brackets), without building and parsing a URL.
      String host = request.getServerName();
      return new PublicOrigin(
          host != null && host.indexOf(':') >= 0 && !host.startsWith("[")
              ? "[" + host + "]"
              : host);
    }
    Configured c = configured;
    if (!base.equals(c.baseUrl())) {
      c =
          new Configured(
              base, new PublicOrigin(URI.create(ScannedLinks.baseUrl(request)).getHost()));
      configured = c;
    }
    return c.origin();
  }

  /**
   * Whether the scanned text is a bare token or a link to our host. A path without a host ({@code
   * /c/…}) is read on the verifier's own site, so it counts as ours.
   */
  public boolean owns(String scanned) {
    String text = scanned == null ? "" : scanned.strip();
    if (text.indexOf('/') < 0 || (text.startsWith("/") && !text.startsWith("//"))) {
      return true;
    }
    String url =
        SCHEME.matcher(text).find()
            ? text
            : text.startsWith("//") ? "https:" + text : "https://" + text;
    try {
      String linked = new URI(url).getHost();
      return linked != null && normalised(linked).equals(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String normalised(String host) {
    if (host == null) {
      return "";
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
