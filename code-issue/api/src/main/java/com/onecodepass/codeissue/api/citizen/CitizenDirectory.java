package com.onecodepass.codeissue.api.citizen;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Finds a registered person by resident ID for other modules (e.g. the integrator APIs), through
 * the keyed blind index; the number itself is never stored or compared in clear.
 */
@Local
public interface CitizenDirectory {

  /**
   * @param residentId an 18-character resident ID
   * @return the citizen id, or empty when nobody with this number is registered
   * @throws InvalidResidentIdException when the number is not a valid resident ID
   */
  Optional<Long> idOf(String residentId);
}
