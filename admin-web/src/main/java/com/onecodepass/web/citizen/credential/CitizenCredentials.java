package com.onecodepass.web.citizen.credential;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The citizen's identity without a server session: issues the signed credential cookie at sign-in,
 * reads it (MAC, times, then the node-local deny-list: no remote call) once per request, re-issues
 * it past half its lifetime (sliding expiry without a write per request) and revokes it at
 * sign-out. The cookie is HttpOnly; ResponseHardening adds SameSite=Lax and, over HTTPS, Secure.
 */
@ApplicationScoped
public class CitizenCredentials {

  public static final String COOKIE = "ocp-citizen";

  /** Browser nonce the stateless forms' token is bound to (see {@link #formToken}). */
  public static final String FORM_COOKIE = "ocp-form";

  private static final String ATTRIBUTE = CitizenCredentials.class.getName();
  private static final String FORM_ATTRIBUTE = ATTRIBUTE + ".form";
  private static final Object NONE = new Object();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Inject Revocations revocations;

  private final Clock clock = Clock.systemUTC();
  private Duration lifetime;
  private CredentialCodec codec;

  @PostConstruct
  void init() {
    lifetime =
        Duration.ofHours(
            Long.parseLong(CredentialKeys.setting("ocp.citizen.credential.hours").orElse("12")));
    long maxAge =
        Duration.ofDays(
                Long.parseLong(
                    CredentialKeys.setting("ocp.citizen.credential.max-days").orElse("30")))
            .toSeconds();
    codec = new CredentialCodec(CredentialKeys.load(), maxAge);
  }

  /** The request's valid, unrevoked credential, checked once per request. */
  public Optional<CitizenCredential> current(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known == null) {
      known =
          codec
              .decode(cookie(request, COOKIE), now())
              .filter(c -> !revocations.isRevoked(c))
              .<Object>map(c -> c)
              .orElse(NONE);
      request.setAttribute(ATTRIBUTE, known);
    }
    return known instanceof CitizenCredential c ? Optional.of(c) : Optional.empty();
  }

  /** Signs a citizen in on this browser: a new credential id, so earlier sign-outs do not apply. */
  public CitizenCredential issue(
      HttpServletRequest request, HttpServletResponse response, long citizenId, String masked) {
    long now = now();
    CitizenCredential c =
        new CitizenCredential(citizenId, randomId(), masked, now, now, now + lifetime.toSeconds());
    write(request, response, c);
    return c;
  }

  /**
   * Re-issues a credential past half its lifetime, so a citizen who keeps using the app stays
   * signed in; a bad or revoked cookie is cleared. Costs nothing on most requests.
   */
  public void renewIfDue(HttpServletRequest request, HttpServletResponse response) {
    String presented = cookie(request, COOKIE);
    if (presented == null) {
      return;
    }
    Optional<CitizenCredential> c = current(request);
    if (c.isEmpty()) {
      clear(request, response, COOKIE);
    } else if (c.get().dueForRenewal(now())) {
      write(request, response, c.get().renewed(now(), lifetime));
    }
  }

  /** Signs this browser out; with {@code everywhere}, every sign-in of the citizen so far. */
  public void signOut(
      HttpServletRequest request, HttpServletResponse response, boolean everywhere) {
    current(request)
        .ifPresent(
            c -> {
              revocations.revoke(c, lifetime.toSeconds());
              if (everywhere) {
                revocations.signOutEverywhere(c.citizenId(), now(), lifetime.toSeconds());
              }
            });
    request.setAttribute(ATTRIBUTE, NONE);
    clear(request, response, COOKIE);
  }

  /** Refuses every sign-in of the citizen so far (account locked), on every node. */
  public void signOutEverywhere(long citizenId) {
    revocations.signOutEverywhere(citizenId, now(), lifetime.toSeconds());
  }

  /**
   * The token a stateless citizen form carries: bound to a random per-browser cookie (set here when
   * missing, while the view is built and the response is not yet committed).
   */
  public String formToken(HttpServletRequest request, HttpServletResponse response) {
    String nonce = (String) request.getAttribute(FORM_ATTRIBUTE);
    if (nonce == null) {
      nonce = cookie(request, FORM_COOKIE);
    }
    if (nonce == null || nonce.length() > 64) {
      nonce = randomId();
      Cookie cookie = new Cookie(FORM_COOKIE, nonce);
      cookie.setHttpOnly(true);
      cookie.setPath(path(request));
      response.addCookie(cookie);
    }
    request.setAttribute(FORM_ATTRIBUTE, nonce);
    return codec.formToken(nonce);
  }

  /** Whether a posted stateless form came from one of our pages in this browser. */
  public boolean isFormToken(HttpServletRequest request, String presented) {
    return codec.isFormToken(cookie(request, FORM_COOKIE), presented);
  }

  /** A value kept in the browser briefly, not in a server session (the hand-over after sign-up). */
  public static void keepBriefly(
      HttpServletRequest request, HttpServletResponse response, String name, String value) {
    Cookie cookie = new Cookie(name, value == null ? "" : value);
    cookie.setHttpOnly(true);
    cookie.setPath(path(request));
    cookie.setMaxAge(value == null ? 0 : 600);
    response.addCookie(cookie);
  }

  public static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (name.equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, CitizenCredential c) {
    Cookie cookie = new Cookie(COOKIE, codec.encode(c));
    cookie.setHttpOnly(true);
    cookie.setPath(path(request));
    cookie.setMaxAge((int) (c.expiresAt() - c.issuedAt()));
    response.addCookie(cookie);
    request.setAttribute(ATTRIBUTE, c);
  }

  private static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
    Cookie cookie = new Cookie(name, "");
    cookie.setHttpOnly(true);
    cookie.setPath(path(request));
    cookie.setMaxAge(0);
    response.addCookie(cookie);
  }

  private static String path(HttpServletRequest request) {
    String context = request.getContextPath();
    return context == null || context.isEmpty() ? "/" : context;
  }

  private static String randomId() {
    byte[] id = new byte[12];
    RANDOM.nextBytes(id);
    return B64.encodeToString(id);
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
