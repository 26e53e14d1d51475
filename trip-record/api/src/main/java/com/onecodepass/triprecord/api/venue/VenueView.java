package com.onecodepass.triprecord.api.venue;

import java.time.Instant;

/** A venue as pages and integrators see it. {@code publicCode} is the subject of its code. */
public record VenueView(
    long id,
    String publicCode,
    String name,
    VenueCategory category,
    String address,
    String districtCode,
    String community,
    VenueStatus status,
    String operator,
    String gateId,
    Instant createdAt) {}
