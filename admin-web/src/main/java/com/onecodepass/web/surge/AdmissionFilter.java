package com.onecodepass.web.surge;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sheds load beyond this node's capacity: 503 with Retry-After and a tiny self-contained page
 * (citizens) or problem+json (machines), decided before any session, JSF or database work. Static
 * assets are never limited (they cost almost nothing and a CDN serves them anyway).
 */
@WebFilter(filterName = "admission", urlPatterns = "/*")
public class AdmissionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  // Self-contained on purpose: no stylesheet, script or image to fetch from a busy server.
  private static final byte[] BUSY_PAGE =
      ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
              + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
              + "<title>一码通 · 请稍候</title></head><body>"
              + "<h1>当前访问人数较多</h1><p>请在 <b>%d</b> 秒后重试。已打开的健康码仍然有效。</p>"
              + "<h1>Busy right now</h1><p>Please try again in <b>%d</b> s. A code already on"
              + " your screen stays valid.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  @Inject Admission admission;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/static/") || path.startsWith("/health")) {
      chain.doFilter(req, res);
      return;
    }
    RequestClass requestClass = RequestClass.of(path);
    if (!admission.tryAdmit(requestClass)) {
      refuse(requestClass, res);
      return;
    }
    try {
      chain.doFilter(req, res);
    } finally {
      admission.release(requestClass);
    }
  }

  private static void refuse(RequestClass c, HttpServletResponse res) throws IOException {
    int retry = c.retryAfterSeconds();
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", Integer.toString(retry));
    res.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (c.machineClient()) {
      res.setContentType("application/problem+json");
      body =
          ("{\"type\":\"https://onecodepass.example/problems/overloaded\",\"title\":\"Overloaded\","
                  + "\"status\":503,\"detail\":\"This node is at capacity; retry after "
                  + retry
                  + " s.\"}")
              .getBytes(StandardCharsets.UTF_8);
    } else {
      res.setContentType("text/html;charset=UTF-8");
      body =
          String.format(new String(BUSY_PAGE, StandardCharsets.UTF_8), retry, retry)
              .getBytes(StandardCharsets.UTF_8);
    }
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
