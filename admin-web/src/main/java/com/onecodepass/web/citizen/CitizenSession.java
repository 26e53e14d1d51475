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

  public void signedIn(long citizenId, String maskedName) {
    this.citizenId = citizenId;
    this.maskedName = maskedName;
  }

  public void signOut() {
    citizenId = null;
    maskedName = null;
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
