package com.onecodepass.web.citizen;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Citizen pages need a signed-in citizen; everyone else is sent to sign in first. */
@WebFilter(urlPatterns = {"/code.xhtml", "/me/*"})
public class CitizenPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CitizenSession session;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!session.isSignedIn()) {
      res.sendRedirect(req.getContextPath() + "/signin.xhtml");
      return;
    }
    chain.doFilter(req, res);
  }
}
