package com.onecodepass.web.access;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.web.access.boundary.StaffAccounts;
import com.onecodepass.web.access.control.StaffAccountRules;
import com.onecodepass.web.access.entity.NewStaffAccount;
import com.onecodepass.web.access.entity.StaffAccountView;
import com.onecodepass.web.citizen.CitizenTime;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.StaffIdentity;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The city admin's staff accounts page (/staff/accounts.xhtml): list, create, enable/disable, reset
 * a password (a generated one is shown once), change role and district, unlock.
 */
@Named
@ViewScoped
public class ManageStaffAccounts implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient StaffAccounts accounts;
  @Inject transient StaffAccess access;
  @Inject transient DistrictNames districtNames;

  private List<StaffAccountView> list;
  private final Map<String, String> editedRoles = new HashMap<>();
  private final Map<String, String> editedDistricts = new HashMap<>();
  private final Map<String, String> newPasswords = new HashMap<>();

  private String newUsername;
  private String newDisplayName;
  private String newRole = "DISTRICT_STAFF";
  private String newDistrict;
  private String newPassword;

  /** A generated password and whose it is: rendered once, never stored in clear. */
  private String shownPassword;

  private String shownFor;

  public List<StaffAccountView> getAccounts() {
    if (list == null) {
      list = accounts.all();
      for (StaffAccountView a : list) {
        editedRoles.put(a.username(), a.role());
        editedDistricts.put(a.username(), a.districtCode());
      }
    }
    return list;
  }

  public void create() {
    run(
        "create",
        () -> {
          String username = newUsername == null ? null : newUsername.strip();
          shownPassword =
              accounts.create(
                  access.scope(),
                  new NewStaffAccount(username, newDisplayName, newRole, newDistrict, newPassword),
                  StaffIdentity.clientAddress());
          shownFor = shownPassword == null ? null : username;
          newUsername = null;
          newDisplayName = null;
          newDistrict = null;
          newPassword = null;
          Messages.info(null, "access.created");
        });
  }

  public void toggle(StaffAccountView account) {
    run(
        "list",
        () ->
            accounts.setEnabled(
                access.scope(),
                account.username(),
                !account.enabled(),
                StaffIdentity.clientAddress()));
  }

  public void resetPassword(String username) {
    run(
        "list",
        () -> {
          shownPassword =
              accounts.resetPassword(
                  access.scope(),
                  username,
                  newPasswords.get(username),
                  StaffIdentity.clientAddress());
          shownFor = shownPassword == null ? null : username;
          newPasswords.remove(username);
          Messages.info(null, "access.passwordReset");
        });
  }

  public void changeRole(String username) {
    run(
        "list",
        () ->
            accounts.changeRole(
                access.scope(),
                username,
                editedRoles.get(username),
                editedDistricts.get(username),
                StaffIdentity.clientAddress()));
  }

  public void unlock(String username) {
    run("list", () -> accounts.unlock(access.scope(), username, StaffIdentity.clientAddress()));
  }

  private void run(String form, Runnable change) {
    shownPassword = null;
    shownFor = null;
    try {
      change.run();
    } catch (InvalidInputException e) {
      String field = e.field();
      Messages.error(
          "create".equals(form) && !"account".equals(field) ? "create:" + field : null,
          e.messageKey());
    }
    list = null;
  }

  /** A time as staff read it (city time, to the minute). */
  public String when(Instant at) {
    return at == null ? "" : CitizenTime.format(at);
  }

  public List<String> getRoles() {
    return StaffAccountRules.ROLES.stream().sorted().toList();
  }

  public List<District> getDistricts() {
    return districtNames.all();
  }

  public String districtName(String code) {
    return code == null ? "—" : districtNames.name(code);
  }

  public Map<String, String> getEditedRoles() {
    return editedRoles;
  }

  public Map<String, String> getEditedDistricts() {
    return editedDistricts;
  }

  public Map<String, String> getNewPasswords() {
    return newPasswords;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewRole() {
    return newRole;
  }

  public void setNewRole(String newRole) {
    this.newRole = newRole;
  }

  public String getNewDistrict() {
    return newDistrict;
  }

  public void setNewDistrict(String newDistrict) {
    this.newDistrict = newDistrict;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getShownPassword() {
    return shownPassword;
  }

  public String getShownFor() {
    return shownFor;
  }
}
