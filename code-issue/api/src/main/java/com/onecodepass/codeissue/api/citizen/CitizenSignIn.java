package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import jakarta.ejb.Local;

@Local
public interface CitizenSignIn {

  /**
   * Sends a one-time code to a registered mobile number.
   *
   * @throws InvalidInputException for a malformed or unregistered number, or while the number is
   *     locked after repeated wrong codes
   */
  SignInChallenge requestCode(String mobile);

  /**
   * Checks a one-time code; a code works once.
   *
   * @return the citizen id to keep in the session
   * @throws InvalidInputException {@code otp.wrong}, {@code otp.expired} or {@code otp.locked}
   */
  long signIn(String mobile, String code);
}
