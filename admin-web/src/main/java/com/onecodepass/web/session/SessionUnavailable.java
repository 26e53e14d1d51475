package com.onecodepass.web.session;

import com.onecodepass.web.platform.LanguageFilter;
import com.onecodepass.web.platform.Languages;
import com.onecodepass.web.surge.RequestClass;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.util.Headers;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a request whose session (or another cache) the cluster could not provide with a clean 503
 * and Retry-After, before Undertow's error-page dispatch. That dispatch is what turned the soak's
 * lock timeouts into bare 500s: it runs the error page outside the security handlers, where
 * Elytron's security context of the failed request is half set up and throws a NullPointerException
 * ({@code UT005022}), so the client got neither the error page nor a reason. As Undertow's {@link
 * ExceptionHandler} this runs after the failure reached the servlet container and before any error
 * page; every other failure goes on to the handler it replaces.
 */
public final class SessionUnavailable implements ExceptionHandler {

  private static final Logger LOG = Logger.getLogger(SessionUnavailable.class.getName());

  /** A little over the session cache's lock acquire-timeout (cluster.cli), so a retry can win. */
  static final int RETRY_AFTER_SECONDS = 10;

  private static final String PAGE_ZH =
      "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
          + "<title>一码通 · 暂时无法处理</title></head><body>"
          + "<h1>暂时无法处理您的请求</h1><p>服务器暂时无法读取您的登录会话。请在 <b>"
          + RETRY_AFTER_SECONDS
          + "</b> 秒后重试；如果一直如此，请重新登录。已打开的健康码仍然有效。</p>"
          + "<p><a href=\"?lang=en\">English</a></p></body></html>";

  private static final String PAGE_EN =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
          + "<title>One Code Pass · Temporarily unavailable</title></head><body>"
          + "<h1>We cannot handle your request just now</h1><p>The server could not read your"
          + " sign-in session. Please try again in <b>"
          + RETRY_AFTER_SECONDS
          + "</b> s; if this keeps happening, sign in again. A code already on your screen stays"
          + " valid.</p><p><a href=\"?lang=zh\">中文</a></p></body></html>";

  private static final String PROBLEM =
      "{\"type\":\"https://onecodepass.example/problems/session-unavailable\","
          + "\"title\":\"Temporarily unavailable\",\"status\":503,\"code\":\"session-unavailable\","
          + "\"detail\":\"The server could not read the session or cache this request needs;"
          + " retry after "
          + RETRY_AFTER_SECONDS
          + " s.\"}";

  private final ExceptionHandler next;

  public SessionUnavailable(ExceptionHandler next) {
    this.next = next;
  }

  @Override
  public boolean handleThrowable(
      HttpServerExchange exchange,
      ServletRequest request,
      ServletResponse response,
      Throwable failure) {
    Throwable cause = SessionStoreFailure.find(failure);
    if (cause == null || exchange.isResponseStarted()) {
      return next.handleThrowable(exchange, request, response, failure);
    }
    HttpServletRequest req = (HttpServletRequest) request;
    // From the request, not the exchange: by now Undertow has cut the servlet's path from the
    // exchange's relative path (/api/v1/x read as /v1/x).
    String path = req.getRequestURI().substring(req.getContextPath().length());
    // Once per request, with the cause (its message names the key and the lock holder); the stack
    // is Infinispan's and Undertow's and says nothing more.
    LOG.log(
        Level.WARNING,
        "503 session-unavailable for {0} {1} (session {2}): {3}",
        new Object[] {
          req.getMethod(), path, shortId(req.getRequestedSessionId()), cause.toString()
        });
    forgetSession(exchange, req);
    try {
      refuse(
          exchange,
          (HttpServletResponse) response,
          RequestClass.machineClient(path),
          language(req));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "the 503 answer could not be written", e);
    }
    return true;
  }

  /**
   * Drops the session cookie from this request (not from the browser), so the container does not
   * ask the store again as it finishes the response (HttpServletResponseImpl.responseDone updates
   * the session's access time): that second lookup waited for the same lock and failed again with a
   * stack trace (UT005071), measured in SessionUnavailableIT. The browser keeps its cookie and its
   * session for the next request.
   */
  @SuppressWarnings("deprecation")
  private static void forgetSession(HttpServerExchange exchange, HttpServletRequest req) {
    String name = req.getServletContext().getSessionCookieConfig().getName();
    try {
      exchange.getRequestCookies().remove(name == null ? "JSESSIONID" : name);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the session cookie could not be dropped from the request", e);
    }
  }

  static void refuse(
      HttpServerExchange exchange, HttpServletResponse res, boolean machine, Locale language)
      throws IOException {
    res.reset();
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    res.setHeader("Cache-Control", "no-store");
    String body;
    if (machine) {
      res.setContentType("application/problem+json");
      body = PROBLEM;
    } else {
      res.setContentType("text/html;charset=UTF-8");
      res.setHeader("Content-Language", language.toLanguageTag());
      body = Locale.ENGLISH.equals(language) ? PAGE_EN : PAGE_ZH;
    }
    // Also on the exchange: the servlet response's type was replaced by text/html on the way out
    // (measured in SessionUnavailableIT: a problem+json body went out as text/html).
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, res.getContentType());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }

  /**
   * The viewer's chosen language (the {@code ocp-lang} cookie), else the first of the browser's
   * that the site speaks, else Simplified Chinese — as LanguageFilter and Faces would pick it,
   * without touching the session that just failed.
   */
  static Locale language(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (LanguageFilter.COOKIE.equals(c.getName())) {
          Optional<Locale> chosen = Languages.parse(c.getValue());
          if (chosen.isPresent()) {
            return chosen.get();
          }
        }
      }
    }
    for (Locale l : Collections.list(req.getLocales())) {
      Optional<Locale> spoken = Languages.parse(l.toLanguageTag());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  // Enough to find the session in the logs, not enough to use it.
  private static String shortId(String id) {
    return id == null ? "none" : id.substring(0, Math.min(8, id.length())) + "…";
  }
}
