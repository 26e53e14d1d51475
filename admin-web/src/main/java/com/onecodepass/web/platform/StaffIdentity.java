package com.onecodepass.web.platform;

import com.onecodepass.platform.api.ClientAddress;
import jakarta.faces.context.FacesContext;

/** The signed-in staff member's username, for the records their actions leave. */
public final class StaffIdentity {

  private StaffIdentity() {}

  public static String username() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("staff page without a signed-in staff member");
    }
    return principal.getName();
  }

  /** The client address a staff action comes from, for its audit entry. */
  public static String clientAddress() {
    return ClientAddress.of(
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }
}
