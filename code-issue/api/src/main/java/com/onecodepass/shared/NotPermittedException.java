package com.onecodepass.shared;

import jakarta.ejb.ApplicationException;

/**
 * The staff member may not see or change this (another district's citizen, venue or case). Pages
 * show {@link #messageKey()} translated; the message itself names no person.
 *
 * <p>No rollback: the service records the refusal in the audit log before throwing, in the same
 * transaction, and that entry must survive. Services throw it before changing anything.
 */
@ApplicationException(rollback = false)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public NotPermittedException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
