package com.onecodepass.web.platform;

import com.onecodepass.platform.api.ClientAddress;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;

/**
 * Security headers and cookie attributes on every response of this deployment, set on Undertow's
 * exchange as the response is committed. A servlet filter is not enough: the staff sign-in form is
 * forwarded to by the FORM mechanism before any filter runs, and an error page dispatch resets the
 * headers a filter had set, so exactly the pages that matter (the form that must not be framed, the
 * 500 page) went out bare. The same goes for cookies: the session cookie is written by the
 * container (web.xml's SameSite attribute is not applied to it on WildFly 39), so every cookie gets
 * {@code SameSite=Lax} unless it says otherwise, and {@code Secure} when the request came over
 * HTTPS, directly or through one of our balancers.
 */
public class ResponseHardening implements HttpHandler {

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString NO_SNIFF = new HttpString("X-Content-Type-Options");
  private static final HttpString FRAMES = new HttpString("X-Frame-Options");
  private static final HttpString REFERRER = new HttpString("Referrer-Policy");
  private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  private static final String CITIZEN_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  /**
   * Staff pages use PrimeFaces, whose widgets are initialised by inline scripts and styled by
   * inline style attributes, so this policy allows inline script and style on /staff/ (and the
   * sign-in form a failed {@code j_security_check} shows) only: still no other origin, no framing,
   * forms only to this origin. Citizen pages keep the strict policy.
   */
  private static final String STAFF_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self' 'unsafe-inline'; font-src 'self' data:;"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  private final HttpHandler next;

  public ResponseHardening(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String policy = policyFor(exchange.getRelativePath());
    boolean https =
        ClientAddress.overHttps(
            exchange.getRequestScheme(),
            peer(exchange),
            exchange.getRequestHeaders().getLast(FORWARDED_PROTO));
    exchange.addResponseCommitListener(
        committed -> {
          HeaderMap headers = committed.getResponseHeaders();
          headers.put(CSP, policy);
          headers.put(NO_SNIFF, "nosniff");
          headers.put(FRAMES, "DENY");
          headers.put(REFERRER, "no-referrer");
          for (Cookie cookie : committed.responseCookies()) {
            harden(cookie, https);
          }
        });
    next.handleRequest(exchange);
  }

  static String policyFor(String path) {
    return path != null && (path.startsWith("/staff/") || path.equals("/j_security_check"))
        ? STAFF_POLICY
        : CITIZEN_POLICY;
  }

  static void harden(Cookie cookie, boolean https) {
    if (cookie.getSameSiteMode() == null) {
      cookie.setSameSiteMode("Lax");
    }
    if (https) {
      cookie.setSecure(true);
    }
  }

  private static String peer(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    return source == null || source.getAddress() == null
        ? null
        : source.getAddress().getHostAddress();
  }
}
