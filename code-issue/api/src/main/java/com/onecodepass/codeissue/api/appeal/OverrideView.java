package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.io.Serializable;
import java.time.Instant;

/**
 * A staff override of a person's code as officers see it. {@code appealId} is set when the override
 * is the approval of an appeal; {@code decidedBy} is the second approver of a four-eyes request.
 */
public record OverrideView(
    long overrideId,
    long citizenId,
    String maskedName,
    String residentIdMasked,
    String districtCode,
    CodeColour fromColour,
    CodeColour targetColour,
    Long appealId,
    String reason,
    OverrideStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason)
    implements Serializable {

  public boolean pending() {
    return status == OverrideStatus.PENDING;
  }
}
