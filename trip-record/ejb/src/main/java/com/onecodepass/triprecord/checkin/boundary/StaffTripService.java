package com.onecodepass.triprecord.checkin.boundary;

import com.onecodepass.codeissue.api.citizen.CitizenRecords;
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
    citizens.authorise(scope, citizenId, "citizen.trips", reason, clientAddress);
    return checkIns.trips(citizenId, Instant.now().minus(Duration.ofDays(DAYS)));
  }
}
