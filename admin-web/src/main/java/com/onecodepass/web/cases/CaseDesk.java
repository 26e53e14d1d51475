package com.onecodepass.web.cases;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * What the case pages share: who is asking and from where (for the module's scoping and audit), and
 * turning the module's refusals into messages in the viewer's language.
 */
@RequestScoped
public class CaseDesk {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CityClock.ZONE);

  @Inject StaffAccess staff;
  @Inject HttpServletRequest request;

  public StaffScope who() {
    return staff.scope();
  }

  public String from() {
    return ClientAddress.of(request);
  }

  /** Runs a module call; a refusal or bad input becomes a page message and the result null. */
  public <T> T attempt(Supplier<T> call) {
    try {
      return call.get();
    } catch (NotPermittedException e) {
      Messages.error(null, e.messageKey());
    } catch (InvalidInputException e) {
      Messages.error(null, e.messageKey());
    }
    return null;
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }
}
