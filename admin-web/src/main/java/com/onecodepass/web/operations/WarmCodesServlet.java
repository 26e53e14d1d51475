package com.onecodepass.web.operations;

import com.onecodepass.codeissue.api.code.CodeCacheWarming;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Warms the code-state cache: {@code POST /health/warm-codes?from=ID&count=N} loads N people from
 * id ID on, 1,000 per transaction, and answers how many and where to continue. For operators on the
 * monitoring network only (as /health/metrics), e.g. before a node takes traffic again.
 */
@WebServlet("/health/warm-codes")
public class WarmCodesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int PER_CALL = 1_000;

  @EJB CodeCacheWarming warming;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!MetricsServlet.fromMonitoringNetwork(req)) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    long next = parse(req.getParameter("from"), 1);
    long count = parse(req.getParameter("count"), PER_CALL);
    long started = System.nanoTime();
    long warmed = 0;
    while (warmed < count && next >= 0) {
      int n = (int) Math.min(PER_CALL, count - warmed);
      long after = warming.warm(next, n);
      warmed += after < 0 ? 0 : n;
      next = after;
    }
    res.setContentType("text/plain; charset=utf-8");
    res.getWriter()
        .printf(
            "warmed %d (up to %d) in %.1f s; next %d%n",
            warmed, count, (System.nanoTime() - started) / 1e9, next);
  }

  private static long parse(String value, long fallback) {
    try {
      return value == null ? fallback : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
