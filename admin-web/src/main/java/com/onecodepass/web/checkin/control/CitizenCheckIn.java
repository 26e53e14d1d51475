package com.onecodepass.web.checkin.control;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.VenueScan;
import com.onecodepass.web.citizen.CitizenRefused;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A citizen checking in from the web (the check-in page and the phone's JSON call): the daily
 * per-account limit, then the trip-record module. The limit lives here, not in trip-record, because
 * it is an abuse throttle of the web edge like the other {@link SharedLimits} (a counter of
 * attempts in the shared rate-limit cache, answered with Retry-After), not a rule about trips: a
 * refused or repeated scan counts too, and staff or integrator paths into the module are not
 * limited by it.
 */
@ApplicationScoped
public class CitizenCheckIn {

  static final String LIMIT_REACHED = "surge.tooManyCheckIns";

  @EJB CheckIns checkIns;
  @Inject SharedLimits limits;

  /** The citizen and the dependants they hold, now; each person counts against the limit. */
  public List<CheckInReceipt> together(long citizenId, List<Long> dependants, String venue) {
    withinLimit(citizenId, 1 + (dependants == null ? 0 : dependants.size()));
    return checkIns.checkInTogether(citizenId, dependants, venue);
  }

  /** Same, with the venue code this request has already read (and verified) for its page. */
  public List<CheckInReceipt> together(long citizenId, List<Long> dependants, VenueScan scan) {
    withinLimit(citizenId, 1 + (dependants == null ? 0 : dependants.size()));
    return checkIns.checkInTogether(citizenId, dependants, scan);
  }

  /** The citizen alone, at the time a device queued the scan offline. */
  public CheckInReceipt queued(long citizenId, String venue, Instant scannedAt) {
    withinLimit(citizenId, 1);
    return checkIns.checkInAt(citizenId, venue, scannedAt);
  }

  private void withinLimit(long citizenId, int people) {
    long retryAfter = limits.checkInsToday(citizenId, people);
    if (retryAfter > 0) {
      throw new CitizenRefused(Problem.RATE_LIMITED, LIMIT_REACHED, retryAfter);
    }
  }
}
