package com.onecodepass.web.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealCase;
import com.onecodepass.codeissue.api.appeal.AppealDesk;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The district's open appeals, oldest first; opening one shows the person's history and tests and
 * lets the officer approve or reject it with an answer the citizen reads.
 */
@Named
@ViewScoped
public class AppealQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AppealDesk desk;
  @Inject StaffAccess staff;

  private List<AppealCase> queue = List.of();
  private AppealCase selected;
  private String answer;

  @PostConstruct
  void load() {
    try {
      queue = desk.queue(staff.scope(), DeskMessages.clientAddress());
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    }
  }

  public void open(long appealId) {
    try {
      selected = desk.detail(staff.scope(), appealId, DeskMessages.clientAddress());
      answer = null;
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    } catch (InvalidInputException e) {
      DeskMessages.invalid(e, "decision", Set.of());
    }
  }

  public void approve() {
    decide(true);
  }

  public void reject() {
    decide(false);
  }

  private void decide(boolean approve) {
    if (selected == null) {
      return;
    }
    long id = selected.appeal().appealId();
    try {
      AppealDesk.Decided decided =
          desk.decide(staff.scope(), id, approve, answer, DeskMessages.clientAddress());
      if (decided.awaitingSecondApprover() != null) {
        DeskMessages.info("appealDesk.awaitingSecond", id);
      } else {
        DeskMessages.info(approve ? "appealDesk.approved" : "appealDesk.rejected", id);
      }
      selected = null;
      answer = null;
      load();
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    } catch (InvalidInputException e) {
      DeskMessages.invalid(e, "decision", Set.of("answer"));
    }
  }

  public String format(Instant at) {
    return DeskMessages.format(at);
  }

  public List<AppealCase> getQueue() {
    return queue;
  }

  public AppealCase getSelected() {
    return selected;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
