package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.triprecord.api.venue.VenueCategory;
import java.io.Serializable;
import java.time.Instant;

/** A line of "My trips". {@code source} is SCAN, DEVICE or TRANSIT. */
public record Trip(
    long checkInId,
    Instant at,
    String venueName,
    VenueCategory category,
    String districtCode,
    String source)
    implements Serializable {}
