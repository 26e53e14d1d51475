package com.onecodepass.codeissue.api;

import jakarta.ejb.ApplicationException;

/**
 * Bad user input tied to one form field. The message key is looked up in the resource bundle, so
 * the page can show a translated message next to the field; the message itself is for logs only and
 * must never contain the rejected value (it may be personal data).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;

  public InvalidInputException(String field, String messageKey, String message) {
    super(message);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
