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
 * Keeps an active citizen signed in: on the citizen's pages and endpoints (the code page refreshes
 * every minute), a credential past half its lifetime is re-issued, and a bad or revoked one is
 * cleared. Every other request carrying a valid credential writes nothing.
 */
@WebFilter(urlPatterns = {"/code.xhtml", "/me/*", "/api/v1/me/*", "/checkin.xhtml", "/v/*"})
public class CitizenCredentialFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CitizenCredentials credentials;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    credentials.renewIfDue(req, res);
    chain.doFilter(req, res);
  }
}
