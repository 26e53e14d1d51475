package com.onecodepass.codeissue.api;

import jakarta.ejb.ApplicationException;

/**
 * A staff member asked for something outside their reach (another district's people or cases, or a
 * role without the task). Not rolled back: the refusal's audit entry must be kept.
 */
@ApplicationException(rollback = false)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }

  public String messageKey() {
    return "cases.notPermitted";
  }
}
