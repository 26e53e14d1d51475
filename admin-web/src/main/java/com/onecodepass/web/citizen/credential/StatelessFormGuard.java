package com.onecodepass.web.citizen.credential;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a post of a stateless Faces form (view state "stateless") that lacks the form token bound
 * to this browser (FormTokenField): the double-submit check that replaces the view state's role as
 * CSRF token on citizen pages that keep no server state. Stateful views keep Faces' own check.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StatelessFormGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Inject CitizenCredentials credentials;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(req.getMethod())
        && isForm(req.getContentType())
        && "stateless".equals(req.getParameter(VIEW_STATE))
        && !credentials.isFormToken(req, req.getParameter(FormTokenField.FIELD))) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }

  private static boolean isForm(String contentType) {
    return contentType != null
        && contentType
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded");
  }
}
