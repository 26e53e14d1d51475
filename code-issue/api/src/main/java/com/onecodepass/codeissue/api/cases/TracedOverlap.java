package com.onecodepass.codeissue.api.cases;

import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.DistrictCode;
import java.io.Serializable;
import java.time.Instant;

/**
 * One visit that made a person a companion: where, when the traced person and they arrived, and the
 * minutes their assumed stays shared. {@code transit}: a station or vehicle (same transit) rather
 * than a place (same venue).
 */
public record TracedOverlap(
    long venueId,
    String venueName,
    DistrictCode venueDistrict,
    boolean transit,
    CitizenId sourceCitizenId,
    Instant sourceAt,
    Instant contactAt,
    long minutes)
    implements Serializable {}
