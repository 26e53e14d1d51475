package com.onecodepass.web.staff;

import com.onecodepass.platform.api.StaffScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The signed-in staff member as the modules need them: username and role from the Elytron
 * principal, district from the {@code staff_account} row (admin-web owns that table). Modules scope
 * every read and change by the {@link StaffScope} built here.
 */
@RequestScoped
public class StaffAccess {

  @Inject HttpServletRequest request;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

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
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT district_code FROM staff_account WHERE username = ?")) {
      select.setString(1, username);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staff account", e);
    }
  }
}
