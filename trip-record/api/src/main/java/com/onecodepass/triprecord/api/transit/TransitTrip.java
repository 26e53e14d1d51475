package com.onecodepass.triprecord.api.transit;

import java.time.Instant;

/**
 * A ride reported by a transit operator's gate or on-board validator. {@code idempotencyKey} is the
 * operator's own id of the event, so a redelivered report lands once.
 */
public record TransitTrip(String gateId, long citizenId, Instant at, String idempotencyKey) {}
