package com.onecodepass.web.dashboard.entity;

import jakarta.ejb.ApplicationException;

/**
 * A dashboard the staff member may not see, or a district that does not exist; {@code messageKey}
 * names the reason for the viewer's language. No rollback: the refusal's audit entry must stay.
 */
@ApplicationException(rollback = false)
public class DashboardRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public DashboardRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
