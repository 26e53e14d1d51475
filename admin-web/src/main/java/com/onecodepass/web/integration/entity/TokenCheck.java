package com.onecodepass.web.integration.entity;

import java.time.Instant;

/**
 * The answer to "is this code genuine?". {@code error} is null when valid, else one of {@code
 * expired, bad_signature, unknown_key, not_a_personal_code, malformed}; colour and times are
 * present whenever the signature could be checked (also for an expired code). {@code foreignLink}:
 * the token came inside a link to a host that is not ours (see {@code PublicOrigin}), whatever the
 * verdict on the token itself.
 */
public record TokenCheck(
    boolean valid,
    String error,
    String colour,
    String maskedName,
    Instant issuedAt,
    Instant expiresAt,
    boolean foreignLink) {}
