package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealView;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** "Appeal my code": file one appeal against a yellow or red code and follow its answers. */
@Named
@RequestScoped
public class MyAppeals {

  private static final Set<String> FIELDS = Set.of("reason", "detail");

  @EJB Appeals appeals;
  @Inject CitizenSession session;

  private String reason;
  private String detail;
  private List<AppealView> mine;

  public List<AppealView> getMine() {
    if (mine == null) {
      mine = appeals.mine(session.getCitizenId());
    }
    return mine;
  }

  public List<AppealReason> getReasons() {
    return List.of(AppealReason.values());
  }

  public String format(java.time.Instant at) {
    return CitizenTime.format(at);
  }

  public String file() {
    AppealReason chosen;
    try {
      chosen = reason == null || reason.isBlank() ? null : AppealReason.valueOf(reason);
    } catch (IllegalArgumentException forged) {
      chosen = null;
    }
    try {
      appeals.file(session.getCitizenId(), chosen, detail);
      return "/me/appeals.xhtml?faces-redirect=true&filed=true";
    } catch (InvalidInputException e) {
      Messages.error(FIELDS.contains(e.field()) ? "appeal:" + e.field() : null, e.messageKey());
      return null;
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }
}
