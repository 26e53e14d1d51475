package com.onecodepass.codeissue.api.code;

import com.onecodepass.platform.api.CitizenId;
import java.time.Instant;

/** A person's current colour and masked identity, from the cache (no token). */
public record CodeStatus(
    CitizenId citizenId,
    CodeColour colour,
    String reasonCategory,
    String maskedName,
    String maskedResidentId,
    Instant colourSince) {}
