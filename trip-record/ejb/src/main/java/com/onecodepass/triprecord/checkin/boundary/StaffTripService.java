package com.onecodepass.triprecord.checkin.boundary;

import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.StaffTrips;
import com.onecodepass.triprecord.api.checkin.Trip;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Trips for staff, admitted by code-issue first (it knows the person's district). */
@Stateless
public class StaffTripService implements StaffTrips {

  @EJB CitizenRecords citizens;
  @EJB CheckIns checkIns;

  @Override
  public List<Trip> recentTrips(
      StaffScope scope, long citizenId, String reason, String clientAddress) {
    if (citizenId < 1) {
      // names nobody: refused as code-issue refuses an unknown id (which it also audits)
      throw new NotPermittedException("citizen.notPermitted", "no such citizen");
    }
    citizens.authorise(scope, CitizenId.of(citizenId), "citizen.trips", reason, clientAddress);
    return checkIns.trips(citizenId, Instant.now().minus(Duration.ofDays(DAYS)));
  }
}
