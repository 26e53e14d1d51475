package com.onecodepass.triprecord.api.figures;

import java.time.Instant;

/** A count for the hour starting at {@code hour}. */
public record HourCount(Instant hour, long count) {}
