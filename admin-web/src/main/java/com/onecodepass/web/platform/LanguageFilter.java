package com.onecodepass.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The viewer's language: {@code ?lang=en|zh} (which sets a cookie), else that cookie, else the
 * browser's Accept-Language (Faces matches it against the supported locales). The choice is handed
 * on as the request's locale, so Faces, the bundles and PrimeFaces all follow it without any script
 * on the citizen pages.
 */
// Pages, and the scanned-code links that forward to pages (/v/ venue, /c/ citizen code).
@WebFilter(urlPatterns = {"*.xhtml", "/v/*", "/c/*"})
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String COOKIE = "ocp-lang";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Locale> chosen = Languages.parse(request.getParameter("lang"));
    if (chosen.isPresent()) {
      Cookie cookie = new Cookie(COOKIE, chosen.get().getLanguage());
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    } else {
      chosen = fromCookie(request);
    }
    if (chosen.isEmpty() && request.getHeader("Accept-Language") == null) {
      // No preference at all: the site's first language, not the server's default locale.
      chosen = Optional.of(Locale.SIMPLIFIED_CHINESE);
    }
    if (chosen.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = chosen.get();
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Locale getLocale() {
            return locale;
          }

          @Override
          public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(locale));
          }
        },
        response);
  }

  /**
   * The language this filter would choose, for answers on paths it does not run on (the citizen's
   * REST refusals): the switch, the cookie, else the browser's Accept-Language, else Chinese.
   */
  public static Locale localeOf(HttpServletRequest request) {
    Optional<Locale> chosen =
        Languages.parse(request.getParameter("lang")).or(() -> fromCookie(request));
    if (chosen.isPresent()) {
      return chosen.get();
    }
    return request.getHeader("Accept-Language") == null
        ? Locale.SIMPLIFIED_CHINESE
        : PlainPage.localeOf(request.getLocales());
  }

  private static Optional<Locale> fromCookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    for (Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return Languages.parse(c.getValue());
      }
    }
    return Optional.empty();
  }
}
