package com.onecodepass.web.citizen;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The whole server-side state of a signed-in citizen: an id and a masked name. Kept this small on
 * purpose; sessions are replicated across the cluster.
 */
@Named
@SessionScoped
public class CitizenSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long citizenId;
  private String maskedName;
  private String registeredMobile;

  public void signedIn(long citizenId, String maskedName) {
    this.citizenId = citizenId;
    this.maskedName = maskedName;
  }

  public void signOut() {
    citizenId = null;
    maskedName = null;
  }

  /**
   * The number just registered, for the sign-in page to fill in: carried here and not in the
   * redirect's URL, where it would end up in access logs, browser history and proxies.
   */
  public void registered(String mobile) {
    this.registeredMobile = mobile;
  }

  /** The number just registered, once; null after that. */
  public String takeRegisteredMobile() {
    String mobile = registeredMobile;
    registeredMobile = null;
    return mobile;
  }

  public boolean isSignedIn() {
    return citizenId != null;
  }

  public Long getCitizenId() {
    return citizenId;
  }

  public String getMaskedName() {
    return maskedName;
  }
}
