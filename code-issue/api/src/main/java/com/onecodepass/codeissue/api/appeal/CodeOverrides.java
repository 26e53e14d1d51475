package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Staff set a person's code by decision, with a mandatory reason. Moving someone out of red to
 * green needs a second officer (four-eyes): the override waits as {@link OverrideStatus#PENDING}
 * until another officer of the district (or a city admin) approves it. Everything else takes effect
 * at once. Every call is scoped by the officer's district and audited; a refusal throws {@link
 * NotPermittedException} after recording it.
 */
@Local
public interface CodeOverrides {

  int MAX_REASON = 500;

  /**
   * @param clientAddress the officer's address, for the audit log
   * @throws InvalidInputException {@code override.residentId}, {@code override.unknownPerson},
   *     {@code override.target}, {@code override.reason} (blank or too long), {@code override.same}
   *     (the code already has that colour)
   */
  OverrideView request(
      StaffScope scope, String residentId, CodeColour target, String reason, String clientAddress);

  /** Four-eyes requests waiting in the officer's district (the whole city for a city admin). */
  List<OverrideView> pending(StaffScope scope, String clientAddress);

  /**
   * The second officer's approval; the override (or the appeal approval) takes effect now.
   *
   * @throws NotPermittedException {@code override.ownRequest} for the requester themself
   * @throws InvalidInputException {@code override.unknown}, {@code override.decided}
   */
  OverrideView approve(StaffScope scope, long overrideId, String clientAddress);

  /**
   * Closes a four-eyes request without effect; an appeal it belonged to goes back to the queue.
   *
   * @throws InvalidInputException {@code override.reason}, {@code override.unknown}, {@code
   *     override.decided}
   */
  OverrideView reject(StaffScope scope, long overrideId, String reason, String clientAddress);
}
