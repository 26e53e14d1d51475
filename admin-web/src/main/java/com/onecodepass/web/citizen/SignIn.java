package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CitizenSignIn;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.SignInChallenge;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** Two steps on one page: ask for a code, then type it. */
@Named
@ViewScoped
public class SignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CitizenSignIn signIn;
  @Inject CitizenSession session;

  private String mobile;
  private String code;
  private SignInChallenge challenge;

  public void sendCode() {
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
      return "/code.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error("signin:" + fieldOf(e), e.messageKey());
      return null;
    }
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
