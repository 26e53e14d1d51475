package com.onecodepass.codeissue.api.code;

import java.time.Instant;

/** A person's current colour and masked identity, from the cache (no token). */
public record CodeStatus(
    long citizenId,
    CodeColour colour,
    String reasonCategory,
    String maskedName,
    String maskedResidentId,
    Instant colourSince) {}
