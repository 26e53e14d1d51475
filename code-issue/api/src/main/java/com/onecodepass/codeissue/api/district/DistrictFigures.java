package com.onecodepass.codeissue.api.district;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * The dashboard figures code-issue owns (people by colour, colour changes today, people tested,
 * open appeals), per district or city-wide. Reads only the aggregate tables; {@link #rollUp()}
 * alone reads the citizen, colour-change, test-result and appeal tables.
 */
@Local
public interface DistrictFigures {

  /**
   * @param districtCode a district, or null for the whole city
   */
  DistrictSnapshot snapshot(String districtCode, Instant now);

  /**
   * Brings the aggregates up to date (a timer calls it every minute; callable directly, e.g. by
   * tests). Counts only what was committed before the previous run (see RollupWindow).
   */
  void rollUp();

  /** The total absolute drift the last counter reconciliation found, city-wide (0: exact). */
  long colourCountDrift();
}
