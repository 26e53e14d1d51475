package com.onecodepass.triprecord.api.figures;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Check-ins per hour for the dashboards, counted by venue district. Reads only the hourly
 * aggregate; the check-in table itself is read by {@link #rollUp()} alone.
 */
@Local
public interface CheckInFigures {

  /**
   * Every hour from {@code fromHour} up to and including {@code toHour}, zero where nothing was
   * counted.
   *
   * @param districtCode a district, or null for the whole city
   */
  List<HourCount> perHour(String districtCode, Instant fromHour, Instant toHour);

  /** When the aggregate was last brought up to date; empty before the first roll-up. */
  Optional<Instant> asOf();

  /**
   * Adds the check-ins committed since the last run to the aggregate (a timer calls it every
   * minute; callable directly, e.g. by tests).
   *
   * @return how many check-ins were counted
   */
  long rollUp();

  /**
   * The check of the hourly counters: the total absolute difference the last reconciliation found
   * against a recount of the settled hours of the last day (0: exact).
   */
  long hourlyDrift();
}
