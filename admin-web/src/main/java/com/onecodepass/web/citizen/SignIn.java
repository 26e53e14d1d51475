package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Two steps on one page: ask for a code, then type it. The page is stateless (a transient view, no
 * server session): what the second step needs travels in the form itself — the number (a read-only
 * field the browser still posts) and where to return to — and the code is checked against the
 * shared sign-in cache, so either step may reach any node.
 */
@Named
@RequestScoped
public class SignIn {

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
      if (mobile == null) {
        // The read-only field of the second step is posted but not decoded by Faces.
        mobile = param("signin:mobile");
      }
      long citizenId = signIn.signIn(mobile, code);
      FacesContext faces = FacesContext.getCurrentInstance();
      // A fresh credential id at every sign-in: nothing an attacker planted beforehand carries
      // over.
      session.signedIn(citizenId, getMaskedMobile());
      // The code page is not a Faces view (CodePageServlet), so no navigation rule can name it.
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + (isReturning() ? getNext() : "/code.xhtml"));
      faces.responseComplete();
      return null;
    } catch (InvalidInputException e) {
      Messages.error("signin:" + fieldOf(e), e.messageKey());
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The second step (type the code): after a code was sent, and on the post that submits it. */
  public boolean isCodeStep() {
    return challenge != null || param("signin:code") != null;
  }

  /** The number the code went to, masked. */
  public String getMaskedMobile() {
    if (challenge != null) {
      return challenge.maskedMobile();
    }
    String typed = mobile != null ? mobile : param("signin:mobile");
    try {
      return typed == null ? null : MobileNumber.parse(typed).masked();
    } catch (InvalidInputException e) {
      return null;
    }
  }

  /** True when sign-in was started from a scanned venue code and will return to it. */
  public boolean isReturning() {
    String target = getNext();
    return target != null && SAFE_NEXT.matcher(target).matches();
  }

  /** The page's view action: fills in the number just registered (never taken from the URL). */
  public void prefill() {
    if (mobile == null) {
      mobile = session.takeRegisteredMobile();
    }
  }

  /** From the address on the first visit, from the form's hidden field on its posts. */
  public String getNext() {
    return next != null ? next : param("next");
  }

  public void setNext(String next) {
    this.next = next;
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
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

  /** The code shown on screen by the demo SMS gateway, right after it was sent; else null. */
  public String getDemoCode() {
    return challenge == null ? null : challenge.demoCode();
  }

  public SignInChallenge getChallenge() {
    return challenge;
  }
}
