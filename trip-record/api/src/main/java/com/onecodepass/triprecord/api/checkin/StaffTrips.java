package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.List;

/**
 * A citizen's recent trips for staff: the district check and the audit entry come from code-issue
 * ({@code CitizenRecords.authorise}), which knows where the person lives.
 */
@Local
public interface StaffTrips {

  /** Days of trips staff see, as long as an incubation period. */
  int DAYS = 14;

  /**
   * Trips of the last {@link #DAYS} days, newest first.
   *
   * @throws com.onecodepass.platform.api.NotPermittedException for another district's citizen
   */
  List<Trip> recentTrips(StaffScope scope, long citizenId, String reason, String clientAddress);
}
