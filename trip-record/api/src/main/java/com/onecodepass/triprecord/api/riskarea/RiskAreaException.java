package com.onecodepass.triprecord.api.riskarea;

import jakarta.ejb.ApplicationException;

/** A risk area request that cannot be done as asked; the key names the message to show. */
@ApplicationException(rollback = true)
public class RiskAreaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public RiskAreaException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
