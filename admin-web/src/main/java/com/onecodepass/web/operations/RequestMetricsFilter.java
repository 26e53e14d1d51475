package com.onecodepass.web.operations;

import com.onecodepass.web.surge.RequestClass;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Times every admitted request by class (shed ones are counted by Admission and never get here:
 * web.xml maps the admission filter first). Static assets and probes are left out.
 */
@WebFilter(filterName = "request-metrics", urlPatterns = "/*")
public class RequestMetricsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestMetrics metrics;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/static/") || path.startsWith("/health")) {
      chain.doFilter(req, res);
      return;
    }
    RequestClass c = RequestClass.of(path);
    long start = System.nanoTime();
    metrics.started(c);
    int status = 500;
    try {
      chain.doFilter(req, res);
      status = res.getStatus();
    } finally {
      metrics.finished(c, System.nanoTime() - start, status);
    }
  }
}
