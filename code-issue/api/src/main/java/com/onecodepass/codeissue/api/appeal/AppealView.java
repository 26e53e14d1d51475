package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.io.Serializable;
import java.time.Instant;

/**
 * An appeal as the citizen and staff see it. {@code colour} and {@code reasonCategory} are what the
 * code showed when the appeal was filed.
 */
public record AppealView(
    long appealId,
    long citizenId,
    String maskedName,
    String districtCode,
    CodeColour colour,
    String reasonCategory,
    AppealReason reason,
    String detail,
    AppealStatus status,
    Instant filedAt,
    Instant decidedAt,
    String decidedBy,
    String answer,
    boolean awaitingSecondApprover)
    implements Serializable {}
