package com.onecodepass.web.access.boundary;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.web.access.control.SignInThrottle;
import com.onecodepass.web.access.control.StaffAccountRows;
import com.onecodepass.web.access.entity.StaffAccountView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What happens around an Elytron FORM sign-in: failures are counted (per username and per client
 * address) and audited; a sign-in the realm let through is admitted only if neither the account nor
 * the address is locked at that moment.
 */
@Stateless
public class SignInAttempts {

  @Inject SignInThrottle throttle;
  @Inject StaffAccountRows accounts;
  @EJB Audit audit;

  /**
   * @return whether the typed username is locked now (shown the same way for unknown usernames)
   */
  public boolean failed(String typedUsername, String address) {
    boolean locked = throttle.recordFailure(typedUsername);
    throttle.recordAddressFailure(address);
    Optional<StaffAccountView> account = accounts.find(SignInThrottle.key(typedUsername));
    audit.append(
        new Audit.Entry(
            account.map(StaffAccountView::username).orElse("anonymous"),
            account.map(StaffAccountView::role).orElse("NONE"),
            account.map(StaffAccountView::districtCode).orElse(null),
            locked ? "staff.signIn.locked" : "staff.signIn.failed",
            account.isPresent() ? "staff:" + account.get().username() : "unknown username",
            null,
            address));
    return locked;
  }

  public boolean isLocked(String typedUsername) {
    return throttle.isLocked(typedUsername);
  }

  /**
   * @return false when the sign-in must be undone: the account or the address is locked
   */
  public boolean succeeded(String username, String role, String address) {
    Optional<StaffAccountView> account = accounts.find(username);
    String district = account.map(StaffAccountView::districtCode).orElse(null);
    if (throttle.isLocked(username) || throttle.isAddressBlocked(address)) {
      audit.append(
          new Audit.Entry(
              username, role, district, "staff.signIn.denied", "staff:" + username, null, address));
      return false;
    }
    throttle.clear(username);
    accounts.signedIn(username);
    audit.append(
        new Audit.Entry(
            username, role, district, "staff.signIn", "staff:" + username, null, address));
    return true;
  }

  public void signedOut(String username, String role, String address) {
    audit.append(
        new Audit.Entry(username, role, null, "staff.signOut", "staff:" + username, null, address));
  }
}
