package com.onecodepass.web.riskarea;

import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.StaffIdentity;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * What the risk-area beans share: who is asking and from where (the module scopes and audits by
 * both), and turning the module's refusals into page messages. The modules enforce the district
 * scope; the beans only report their refusals.
 */
@RequestScoped
public class RiskAreaDesk {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);

  @Inject StaffAccess staff;

  public StaffScope who() {
    return staff.scope();
  }

  public String from() {
    return StaffIdentity.clientAddress();
  }

  /** Runs a module call; a refusal becomes a page message and the result null. */
  public <T> T attempt(Supplier<T> call) {
    try {
      return call.get();
    } catch (RiskAreaException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
  }

  public static String when(Instant t) {
    return t == null ? "—" : SHOWN.format(t);
  }
}
