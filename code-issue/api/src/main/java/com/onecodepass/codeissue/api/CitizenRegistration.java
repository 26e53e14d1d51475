package com.onecodepass.codeissue.api;

import jakarta.ejb.Local;

@Local
public interface CitizenRegistration {

  /**
   * Registers a citizen with a green code.
   *
   * @throws InvalidInputException naming the offending field, or {@code residentId.taken} when the
   *     ID is already registered (nothing is written then)
   */
  RegisteredCitizen register(Registration registration);
}
