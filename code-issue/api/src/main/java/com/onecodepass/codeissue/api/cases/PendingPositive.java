package com.onecodepass.codeissue.api.cases;

import java.time.Instant;

/** A person with an open positive result who is not a case yet: the officer's worklist. */
public record PendingPositive(
    long citizenId,
    String nameMasked,
    String residentIdMasked,
    String districtCode,
    Instant positiveSince,
    String lab) {}
