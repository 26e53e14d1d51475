package com.onecodepass.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * A staff member asked for something outside their role or district. Thrown without rolling back,
 * so the audit entry recording the refusal commits; the service changes nothing before throwing.
 * The message key is looked up in the page's bundle.
 */
@ApplicationException(rollback = false)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final String KEY = "staff.notPermitted";

  private final String messageKey;

  public NotPermittedException(String message) {
    this(KEY, message);
  }

  public NotPermittedException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
