package com.onecodepass.web.access.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.access.control.SignInThrottle;
import com.onecodepass.web.access.control.StaffAccountRows;
import com.onecodepass.web.access.control.StaffAccountRules;
import com.onecodepass.web.access.entity.NewStaffAccount;
import com.onecodepass.web.access.entity.StaffAccountView;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The city admin's management of staff accounts. Passwords are stored as bcrypt in modular-crypt
 * form, which the Elytron JDBC realm reads; a generated one is returned once to be shown, never
 * stored in clear. Every change is audited in the same transaction. An admin cannot disable or
 * demote themselves, and the last enabled city admin cannot be disabled or demoted.
 */
@Stateless
@RolesAllowed("CITY_ADMIN")
public class StaffAccounts {

  @Inject StaffAccountRows rows;
  @Inject SignInThrottle throttle;
  @Inject DistrictNames districts;
  @EJB Audit audit;

  public List<StaffAccountView> all() {
    return rows.all();
  }

  /**
   * @return the password to show once when it was generated, else null
   * @throws InvalidInputException bad field (message key for the page)
   */
  public String create(StaffScope admin, NewStaffAccount account, String address) {
    String username = account.username() == null ? null : account.username().strip();
    check("username", StaffAccountRules.username(username));
    check("displayName", StaffAccountRules.displayName(account.displayName()));
    check("role", StaffAccountRules.role(account.role()));
    String district = districtFor(account.role(), account.districtCode());
    boolean generated = account.password() == null || account.password().isEmpty();
    String password = generated ? StaffAccountRules.generatePassword() : account.password();
    check("password", StaffAccountRules.password(password, username));
    if (!rows.insert(
        username, hash(password), account.role(), district, account.displayName().strip())) {
      throw new InvalidInputException("username", "access.error.exists", "username taken");
    }
    record(
        admin,
        "staff.account.create",
        username,
        account.role() + " " + nullToDash(district),
        address);
    return generated ? password : null;
  }

  public void setEnabled(StaffScope admin, String username, boolean enabled, String address) {
    StaffAccountView account = existing(username);
    if (!enabled) {
      if (username.equals(admin.username())) {
        throw new InvalidInputException("account", "access.error.self", "cannot disable oneself");
      }
      keepOneCityAdmin(account);
    }
    rows.setEnabled(username, enabled);
    record(
        admin, enabled ? "staff.account.enable" : "staff.account.disable", username, null, address);
  }

  /**
   * @param password the new password, or null/blank to generate one
   * @return the generated password to show once, else null
   */
  public String resetPassword(StaffScope admin, String username, String password, String address) {
    existing(username);
    boolean generated = password == null || password.isEmpty();
    String chosen = generated ? StaffAccountRules.generatePassword() : password;
    check("password", StaffAccountRules.password(chosen, username));
    rows.setPasswordHash(username, hash(chosen));
    record(admin, "staff.account.resetPassword", username, null, address);
    return generated ? chosen : null;
  }

  public void changeRole(
      StaffScope admin, String username, String role, String districtCode, String address) {
    StaffAccountView account = existing(username);
    check("role", StaffAccountRules.role(role));
    String district = districtFor(role, districtCode);
    if (!"CITY_ADMIN".equals(role)) {
      if (username.equals(admin.username())) {
        throw new InvalidInputException("account", "access.error.self", "cannot demote oneself");
      }
      keepOneCityAdmin(account);
    }
    rows.setRole(username, role, district);
    record(
        admin,
        "staff.account.changeRole",
        username,
        account.role()
            + " "
            + nullToDash(account.districtCode())
            + " -> "
            + role
            + " "
            + nullToDash(district),
        address);
  }

  /** Ends a lock-out before its window runs out. */
  public void unlock(StaffScope admin, String username, String address) {
    existing(username);
    throttle.clear(username);
    record(admin, "staff.account.unlock", username, null, address);
  }

  private String districtFor(String role, String districtCode) {
    String district =
        "CITY_ADMIN".equals(role) || districtCode == null || districtCode.isBlank()
            ? null
            : districtCode.strip();
    boolean known =
        district != null
            && districts.all().stream().anyMatch(d -> d.code().value().equals(district));
    check("district", StaffAccountRules.district(role, district, known));
    return district;
  }

  private void keepOneCityAdmin(StaffAccountView account) {
    if ("CITY_ADMIN".equals(account.role())
        && !StaffAccountRules.leavesACityAdmin(
            account.role(), account.enabled(), rows.enabledCityAdminsForUpdate().size())) {
      throw new InvalidInputException("account", "access.error.lastAdmin", "last city admin");
    }
  }

  private StaffAccountView existing(String username) {
    return rows.find(username)
        .orElseThrow(
            () ->
                new InvalidInputException("account", "access.error.noAccount", "no such account"));
  }

  private void record(
      StaffScope admin, String action, String username, String detail, String address) {
    audit.append(
        new Audit.Entry(
            admin.username(),
            admin.role().name(),
            admin.districtCode(),
            action,
            "staff:" + username,
            detail,
            address));
  }

  private static void check(String field, Optional<String> problem) {
    problem.ifPresent(
        key -> {
          throw new InvalidInputException(field, key, "invalid " + field);
        });
  }

  private static String hash(String password) {
    return BCrypt.hashpw(password, BCrypt.gensalt(10));
  }

  private static String nullToDash(String s) {
    return s == null ? "-" : s;
  }
}
