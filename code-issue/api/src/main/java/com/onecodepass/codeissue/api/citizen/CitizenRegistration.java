package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import jakarta.ejb.Local;

@Local
public interface CitizenRegistration {

  /**
   * Registers a citizen with a green code. When the resident ID belongs to a dependant (a person
   * without an account whom a family member holds), the registration claims that row: same id,
   * colour, history and holder link.
   *
   * @throws InvalidInputException naming the offending field, or {@code residentId.taken} when the
   *     ID is already registered (nothing is written then)
   */
  RegisteredCitizen register(Registration registration);
}
