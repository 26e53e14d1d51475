package com.onecodepass.triprecord.api.riskarea;

import java.time.Instant;
import java.util.List;

/**
 * A risk area as an officer defines it. {@code place} is the sub-district or compound name (kinds
 * SUB_DISTRICT and COMPOUND); {@code venueIds} the venues of kind VENUES; {@code effectiveUntil}
 * null means until withdrawn.
 */
public record RiskAreaDraft(
    String name,
    RiskAreaLevel level,
    RiskAreaKind kind,
    String districtCode,
    String place,
    List<Long> venueIds,
    Instant effectiveFrom,
    Instant effectiveUntil) {}
