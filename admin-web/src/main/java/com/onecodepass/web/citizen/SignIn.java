package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CitizenSignIn;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.SignInChallenge;
import com.onecodepass.web.platform.ClientAddress;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.regex.Pattern;

/** Two steps on one page: ask for a code, then type it. */
@Named
@ViewScoped
public class SignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where sign-in may send a citizen back to: only a scanned venue code on this site. */
  static final Pattern SAFE_NEXT = Pattern.compile("/v/[A-Za-z0-9_.-]{1,512}");

  @EJB CitizenSignIn signIn;
  @Inject CitizenSession session;
  @Inject SharedLimits limits;

  private String mobile;
  private String code;
  private SignInChallenge challenge;
  private String next;

  public void sendCode() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (limits.signInCodeFromAddress(ClientAddress.of(request)) > 0) {
      Messages.error("signin:mobile", "surge.tooManySignInCodes");
      return;
    }
    try {
      challenge = signIn.requestCode(mobile);
    } catch (InvalidInputException e) {
      Messages.error("signin:" + fieldOf(e), e.messageKey());
    }
  }

  public String signIn() {
    try {
      long citizenId = signIn.signIn(mobile, code);
      FacesContext faces = FacesContext.getCurrentInstance();
      // A new session id at sign-in defeats session fixation.
      ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
      session.signedIn(citizenId, challenge == null ? null : challenge.maskedMobile());
      if (isReturning()) {
        faces
            .getExternalContext()
            .redirect(faces.getExternalContext().getRequestContextPath() + next);
        faces.responseComplete();
        return null;
      }
      return "/code.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error("signin:" + fieldOf(e), e.messageKey());
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** True when sign-in was started from a scanned venue code and will return to it. */
  public boolean isReturning() {
    return next != null && SAFE_NEXT.matcher(next).matches();
  }

  /** The page's view action: fills in the number just registered (never taken from the URL). */
  public void prefill() {
    if (mobile == null) {
      mobile = session.takeRegisteredMobile();
    }
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  private static String fieldOf(InvalidInputException e) {
    return "mobile".equals(e.field()) ? "mobile" : "code";
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SignInChallenge getChallenge() {
    return challenge;
  }
}
