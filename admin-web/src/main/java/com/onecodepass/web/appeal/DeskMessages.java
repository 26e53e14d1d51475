package com.onecodepass.web.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** What the appeal and override pages share: messages for refusals, the caller's address, time. */
final class DeskMessages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);

  private DeskMessages() {}

  static String clientAddress() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** A field error next to the field when the form has it, otherwise at the top of the page. */
  static void invalid(InvalidInputException e, String form, Set<String> fields) {
    Messages.error(fields.contains(e.field()) ? form + ":" + e.field() : null, e.messageKey());
  }

  static void refused(NotPermittedException e) {
    Messages.error(null, e.messageKey());
  }

  static void info(String key, Object argument) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                Messages.text(key).replace("{0}", String.valueOf(argument)),
                null));
  }

  static String format(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }
}
