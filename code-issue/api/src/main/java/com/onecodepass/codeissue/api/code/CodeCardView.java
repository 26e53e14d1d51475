package com.onecodepass.codeissue.api.code;

import java.time.Instant;

/**
 * Everything the "My code" page shows; {@code reasonCategory} is what a citizen may see of why.
 * Built from the cached code state and a freshly signed token, so producing it touches no database
 * on a warm cache.
 */
public record CodeCardView(
    CodeColour colour,
    String reasonCategory,
    String maskedName,
    String maskedResidentId,
    String token,
    Instant issuedAt,
    Instant expiresAt,
    Instant latestNegativeTestAt,
    int vaccinationDoses) {}
