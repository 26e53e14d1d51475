package com.onecodepass.web.staff;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.access.control.StaffAccountRows;
import com.onecodepass.web.access.entity.StaffAccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in staff member as the modules need them: username and role from the Elytron
 * principal, district from the {@code staff_account} row (admin-web owns that table). Modules scope
 * every read and change by the {@link StaffScope} built here.
 */
@RequestScoped
public class StaffAccess {

  @Inject HttpServletRequest request;

  @Inject StaffAccountRows accounts;

  private StaffScope scope;

  public StaffScope scope() {
    if (scope == null) {
      if (request.getUserPrincipal() == null) {
        throw new IllegalStateException("no staff member signed in");
      }
      String username = request.getUserPrincipal().getName();
      StaffScope.Role role = null;
      for (StaffScope.Role r : StaffScope.Role.values()) {
        if (request.isUserInRole(r.name())) {
          role = r;
          break;
        }
      }
      if (role == null) {
        throw new IllegalStateException("staff member without a role");
      }
      scope = new StaffScope(username, role, district(username));
    }
    return scope;
  }

  private String district(String username) {
    return accounts.find(username).map(StaffAccountView::districtCode).orElse(null);
  }
}
