package com.onecodepass.web.platform;

import com.onecodepass.web.api.BodyLimitFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
      LingeringClose.drain(req);
      res.sendError(413);
      return;
    }
    chain.doFilter(req, res);
  }
}
