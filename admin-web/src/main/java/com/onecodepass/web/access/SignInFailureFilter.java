package com.onecodepass.web.access;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.access.boundary.SignInAttempts;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Elytron's FORM mechanism answers a failed {@code j_security_check} by forwarding to the login
 * error page, with the typed username still in the request: that forward is where a failure is
 * counted (per username and per client address) and audited, whichever way the form was posted. The
 * page then says "locked" for a locked username, known or not, so the answer never tells which
 * usernames exist.
 */
@WebFilter(
    urlPatterns = "/staff/login.xhtml",
    dispatcherTypes = {DispatcherType.FORWARD, DispatcherType.REQUEST})
public class SignInFailureFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute the login page reads: the typed username is locked. */
  public static final String LOCKED = "staffSignInLocked";

  @EJB transient SignInAttempts attempts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String forwardedFrom = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String typed = request.getParameter("j_username");
    if (forwardedFrom != null
        && forwardedFrom.endsWith("j_security_check")
        && "POST".equals(request.getMethod())
        && typed != null) {
      request.setAttribute(LOCKED, attempts.failed(typed, ClientAddress.of(request)));
    } else if ("locked".equals(request.getParameter("error"))) {
      request.setAttribute(LOCKED, Boolean.TRUE);
    }
    chain.doFilter(request, response);
  }
}
