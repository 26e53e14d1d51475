package com.onecodepass.web.access;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.access.boundary.SignInAttempts;
import com.onecodepass.web.access.control.StaffAccountRows;
import com.onecodepass.web.access.entity.StaffAccountView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Every signed-in staff request: the first one after Elytron's FORM sign-in admits it (or undoes it
 * when the account or the client address is locked), records it and shortens the session to the
 * staff idle timeout; every later one checks that the account is still enabled with the same role,
 * so an admin's change takes effect at once, not at the next sign-in.
 */
@WebFilter(
    urlPatterns = "/staff/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class StaffSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Staff sessions end after 15 idle minutes; citizens keep the container default. */
  public static final int STAFF_IDLE_SECONDS = 15 * 60;

  static final String ADMITTED = StaffSessionFilter.class.getName() + ".admitted";

  @EJB transient SignInAttempts attempts;
  @Inject transient StaffAccountRows accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      chain.doFilter(request, response);
      return;
    }
    String username = request.getUserPrincipal().getName();
    HttpSession session = request.getSession();
    Optional<StaffAccountView> account = accounts.find(username);
    String role = account.map(StaffAccountView::role).orElse("NONE");
    boolean current = account.isPresent() && account.get().enabled() && request.isUserInRole(role);
    if (session.getAttribute(ADMITTED) == null) {
      if (!current || !attempts.succeeded(username, role, ClientAddress.of(request))) {
        signOut(request, response, "locked");
        return;
      }
      session.setAttribute(ADMITTED, Boolean.TRUE);
      session.setMaxInactiveInterval(STAFF_IDLE_SECONDS);
    } else if (!current) {
      signOut(request, response, "changed");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void signOut(HttpServletRequest request, HttpServletResponse response, String why)
      throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/staff/login.xhtml?error=" + why);
  }
}
