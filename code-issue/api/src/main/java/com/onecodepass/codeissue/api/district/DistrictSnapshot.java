package com.onecodepass.codeissue.api.district;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Figures for one district (or the city, {@code districtCode} null) as of {@code asOf} (null: never
 * rolled up).
 *
 * @param people registered people by current colour
 * @param changedToday net change of each colour since midnight (Asia/Shanghai)
 * @param tests people tested in the last 24, 48 and 72 hours
 * @param countCheck the last reconciliation of the colour counters against a recount (null: none)
 */
public record DistrictSnapshot(
    String districtCode,
    Map<CodeColour, Long> people,
    Map<CodeColour, Long> changedToday,
    List<TestWindow> tests,
    long openAppeals,
    Instant asOf,
    CountCheck countCheck) {

  /**
   * When the people-by-colour counters were last compared with a recount, and the total absolute
   * difference found then (0: exact). Drift is reported, never silently corrected.
   */
  public record CountCheck(Instant at, long drift) {}

  public long registered() {
    return people.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Tests and different people tested in the last {@code hours} hours (to the hour). */
  public record TestWindow(int hours, long tests, long peopleTested, long registered) {

    /** People tested as a share of registered people, in percent with one decimal. */
    public double coveragePercent() {
      return com.onecodepass.platform.api.HourWindows.percent(peopleTested, registered);
    }
  }
}
