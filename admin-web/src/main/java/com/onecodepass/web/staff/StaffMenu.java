package com.onecodepass.web.staff;

import com.onecodepass.platform.api.StaffScope.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/** The pages the signed-in staff member may open, in menu order. */
@Named
@RequestScoped
public class StaffMenu {

  @Inject HttpServletRequest request;

  public List<StaffPage> getPages() {
    Role role = role();
    if (role == null) {
      return List.of();
    }
    return Arrays.stream(StaffPage.values()).filter(p -> p.inMenu() && p.allows(role)).toList();
  }

  public boolean isCurrent(StaffPage page) {
    return page.path().equals(request.getServletPath());
  }

  private Role role() {
    for (Role r : Role.values()) {
      if (request.isUserInRole(r.name())) {
        return r;
      }
    }
    return null;
  }
}
