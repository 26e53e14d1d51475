package com.onecodepass.triprecord.api.tracing;

import java.time.Instant;

/** Someone who checked in at a venue during an exposure window. */
public record Exposure(long citizenId, Instant checkedInAt, String colour) {}
