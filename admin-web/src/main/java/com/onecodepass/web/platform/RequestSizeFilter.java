package com.onecodepass.web.platform;

import com.onecodepass.web.api.BodyLimitFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The server accepts bodies up to 210 MB only so the results file can be uploaded to the imports
 * page; every other path keeps the 10 MB it had. The APIs are left to their own, smaller limit
 * ({@code BodyLimitFilter}), which answers in their format (problem+json), not with an HTML page.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final long DEFAULT_MAX = 10L * 1024 * 1024;
  static final String UPLOAD_PAGE = "/staff/imports.xhtml";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getContentLengthLong() > DEFAULT_MAX
        && !UPLOAD_PAGE.equals(req.getServletPath())
        && !BodyLimitFilter.guards(req)) {
      res.setHeader("Connection", "close");
      drainBriefly(req);
      res.sendError(413);
      return;
    }
    chain.doFilter(req, res);
  }

  // Closing a connection with unread bytes makes the kernel reset it, and a client still sending
  // then loses the 413 ("no bytes" instead of the answer; seen in ResultImportPageIT). Reading a
  // bounded amount first, as nginx's lingering close does, lets an ordinary client read the answer;
  // a body beyond the bound, or one that trickles in, is cut off as before.
  private static void drainBriefly(HttpServletRequest req) {
    long deadline = System.nanoTime() + LINGER_NANOS;
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    try {
      InputStream in = req.getInputStream();
      for (int n;
          read < LINGER_MAX && System.nanoTime() < deadline && (n = in.read(buffer)) > 0; ) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away or the body was already taken: nothing left to protect.
    }
  }

  static final long LINGER_MAX = 32L * 1024 * 1024;
  private static final long LINGER_NANOS = 2_000_000_000L;
}
