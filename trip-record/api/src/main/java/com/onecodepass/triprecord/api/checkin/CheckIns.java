package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.triprecord.api.venue.VenueException;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recording check-ins. A receipt is returned only after the row is committed; retries are safe
 * because each check-in carries a unique idempotency key.
 */
@Local
public interface CheckIns {

  /** Reads a scanned venue code (bare token or /v/ URL); never throws on bad input. */
  VenueScan scan(String venueTokenOrUrl);

  /**
   * Checks a citizen in now. A rescan of the same venue within five minutes returns the earlier
   * check-in instead of writing a second one. Throws {@link VenueException} when the code is not
   * accepted ({@code checkin.<outcome>}).
   */
  CheckInReceipt checkIn(long citizenId, String venueTokenOrUrl);

  /**
   * Checks a citizen in together with dependants whose codes they hold (elderly parents, children):
   * one receipt per person, the citizen's first, each committed on its own. Throws {@link
   * VenueException} {@code checkin.notHolder} if any listed person is not held by the citizen;
   * nobody is checked in then.
   */
  List<CheckInReceipt> checkInTogether(
      long citizenId, List<Long> dependantIds, String venueTokenOrUrl);

  /**
   * Same, with the code this request has already read through {@link #scan} (the check-in page
   * reads it to show the venue), so its signature is not verified a second time. Pass only what
   * {@code scan} returned; one not accepted is refused as {@code checkin.<outcome>}.
   */
  List<CheckInReceipt> checkInTogether(long citizenId, List<Long> dependantIds, VenueScan scan);

  /** Same, for a scan that a device queued offline: {@code scannedAt} is when it happened. */
  CheckInReceipt checkInAt(long citizenId, String venueTokenOrUrl, Instant scannedAt);

  /** A citizen's own check-in, for the confirmation page; empty if it is someone else's. */
  Optional<CheckInReceipt> receipt(long citizenId, long checkInId);

  /** The citizen's trips since {@code since}, newest first (venue check-ins and transit). */
  List<Trip> trips(long citizenId, Instant since);
}
