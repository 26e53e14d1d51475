package com.onecodepass.triprecord.api.checkin;

import java.time.Instant;

/** One line of a venue's visit log: masked, as the operator may see it. */
public record VenueVisit(Instant checkedInAt, String maskedName, String colour) {}
