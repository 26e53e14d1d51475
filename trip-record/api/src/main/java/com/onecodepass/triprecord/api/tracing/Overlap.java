package com.onecodepass.triprecord.api.tracing;

import java.time.Instant;

/**
 * A companion's visit close in time to a visit of the traced person ({@code sourceCitizenId}: the
 * case, or for secondary contacts the close contact). {@code overlapMinutes}: each check-in is
 * taken as a stay of the tracing window from the check-in time, and this is how long the two stays
 * share; it is 0 for visits exactly one window apart (still companions).
 */
public record Overlap(
    long venueId,
    String venueName,
    String districtCode,
    long sourceCitizenId,
    Instant sourceAt,
    Instant companionAt,
    long overlapMinutes) {}
