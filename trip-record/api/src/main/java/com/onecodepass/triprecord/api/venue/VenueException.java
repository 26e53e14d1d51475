package com.onecodepass.triprecord.api.venue;

import jakarta.ejb.ApplicationException;

/**
 * A venue request that cannot be served; {@code messageKey} names the reason for the viewer's
 * language (e.g. {@code venue.notFound}, {@code venue.forbidden}, {@code venue.name.empty}).
 */
@ApplicationException(rollback = true)
public class VenueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public VenueException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
