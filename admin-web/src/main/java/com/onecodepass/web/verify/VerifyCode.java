package com.onecodepass.web.verify;

import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.codeissue.api.code.VerificationView;
import com.onecodepass.web.platform.PlainPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a checkpoint sees after scanning: a specific verdict, never a stack trace. A token
 * pasted or scanned inside a link to another host gets its own verdict ({@code foreign_link}): the
 * QR was made by someone else, whatever the token says.
 */
@Named
@RequestScoped
public class VerifyCode {

  static final String TOKEN_ATTRIBUTE = "ocp.scannedToken";
  static final String FOREIGN_LINK = "foreign_link";

  @EJB CodeVerification verification;

  private VerificationView result;
  private boolean foreignLink;

  @PostConstruct
  void verify() {
    ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
    Object scanned = ctx.getRequestMap().get(TOKEN_ATTRIBUTE);
    String token = scanned != null ? scanned.toString() : ctx.getRequestParameterMap().get("t");
    result = token == null || token.isBlank() ? null : verification.verify(token);
    foreignLink =
        result != null && !PublicOrigin.of((HttpServletRequest) ctx.getRequest()).owns(token);
  }

  public boolean isScanned() {
    return result != null;
  }

  public VerificationView getResult() {
    return result;
  }

  public String getVerdict() {
    return foreignLink ? FOREIGN_LINK : result.verdict().errorCode();
  }

  public String getColour() {
    return result.colour() == null ? "none" : result.colour().name().toLowerCase();
  }

  public String getIssuedAt() {
    return result.issuedAt() == null ? "" : PlainPage.TIME.format(result.issuedAt());
  }
}
