package com.onecodepass.web.staff;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.access.boundary.SignInAttempts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The staff landing page: who is signed in and what their role may open. */
@Named
@RequestScoped
public class StaffHome {

  @EJB SignInAttempts attempts;

  public static final List<String> ROLES =
      List.of("CITY_ADMIN", "DISTRICT_STAFF", "CHECKER", "VENUE_OPERATOR");

  public String getUsername() {
    return external().getUserPrincipal().getName();
  }

  public String getRole() {
    return ROLES.stream().filter(external()::isUserInRole).findFirst().orElse("NONE");
  }

  public String signOut() throws ServletException {
    HttpServletRequest request = (HttpServletRequest) external().getRequest();
    attempts.signedOut(getUsername(), getRole(), ClientAddress.of(request));
    request.logout();
    external().invalidateSession();
    return "/staff/login.xhtml?faces-redirect=true";
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
