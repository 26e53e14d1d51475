package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.triprecord.api.venue.VenueView;
import java.time.Instant;

/**
 * A check-in that is committed to the database. {@code repeated} is true when the scan repeated a
 * check-in of the last five minutes and no new row was written.
 */
public record CheckInReceipt(
    long checkInId,
    long citizenId,
    String maskedName,
    String colour,
    Instant checkedInAt,
    VenueView venue,
    boolean repeated) {}
