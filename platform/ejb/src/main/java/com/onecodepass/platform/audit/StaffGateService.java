package com.onecodepass.platform.audit;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** {@link StaffGate} over the audit log, in the caller's transaction. */
@Stateless
public class StaffGateService implements StaffGate {

  @EJB Audit audit;

  @Override
  public void record(StaffScope who, String action, String target, String reason, String client) {
    audit.append(entry(who, action, target, reason, client));
  }

  @Override
  public NotPermittedException refusal(
      StaffScope who, String action, String target, String why, String client, String messageKey) {
    audit.append(entry(who, action + StaffGate.DENIED, target, why, client));
    return new NotPermittedException(messageKey, action + " refused");
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public NotPermittedException refusalOnItsOwn(
      StaffScope who, String action, String target, String why, String client, String messageKey) {
    return refusal(who, action, target, why, client, messageKey);
  }

  /** A refusal may come before anyone signed in properly: it is still recorded. */
  private static Audit.Entry entry(
      StaffScope who, String action, String target, String reason, String client) {
    if (who == null || who.role() == null) {
      return new Audit.Entry(
          who == null ? "unknown" : who.username(),
          "NONE",
          null,
          action,
          Audit.Entry.clip(target, 120),
          Audit.Entry.clip(reason, 300),
          client);
    }
    return Audit.Entry.by(who, action, target, reason, client);
  }
}
