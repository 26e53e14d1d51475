package com.onecodepass.web.citizen;

import com.onecodepass.web.citizen.credential.CitizenCredential;
import com.onecodepass.web.citizen.credential.CitizenCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;

/**
 * The signed-in citizen of this request, read from the signed credential cookie the browser carries
 * (CitizenCredentials): any node answers from the cookie alone, with no server session to read,
 * write or replicate. Request-scoped, so callers keep asking {@code isSignedIn()} and {@code
 * getCitizenId()} as before.
 */
@Named
@RequestScoped
public class CitizenSession {

  /** The number just registered, handed to the sign-in page in a short-lived cookie. */
  static final String REGISTERED_COOKIE = "ocp-registered";

  private static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{5,16}");

  @Inject CitizenCredentials credentials;
  @Inject HttpServletRequest request;

  private CitizenCredential credential;
  private boolean read;

  public void signOut(boolean everywhere) {
    credentials.signOut(request, response(), everywhere);
    credential = null;
    read = true;
  }

  /**
   * The number just registered, for the sign-in page to fill in: carried in a short-lived cookie
   * scoped to this browser and not in the redirect's URL, where it would end up in access logs,
   * browser history and proxies.
   */
  public void registered(String mobile) {
    CitizenCredentials.keepBriefly(request, response(), REGISTERED_COOKIE, mobile);
  }

  /** The number just registered, once; null after that. */
  public String takeRegisteredMobile(HttpServletResponse response) {
    String mobile = CitizenCredentials.cookie(request, REGISTERED_COOKIE);
    if (mobile == null || mobile.isEmpty()) {
      return null;
    }
    CitizenCredentials.keepBriefly(request, response, REGISTERED_COOKIE, null);
    return MOBILE.matcher(mobile).matches() ? mobile : null;
  }

  public boolean isSignedIn() {
    return credential() != null;
  }

  public Long getCitizenId() {
    CitizenCredential c = credential();
    return c == null ? null : c.citizenId();
  }

  public String getMaskedName() {
    CitizenCredential c = credential();
    return c == null ? null : c.maskedName();
  }

  private CitizenCredential credential() {
    if (!read) {
      credential = credentials.current(request).orElse(null);
      read = true;
    }
    return credential;
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }
}
