package com.onecodepass.web.dashboard.boundary;

import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.codeissue.api.district.DistrictFigures;
import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.figures.CheckInFigures;
import com.onecodepass.triprecord.api.figures.HourCount;
import com.onecodepass.web.dashboard.control.ActiveRiskAreas;
import com.onecodepass.web.dashboard.entity.DashboardRefused;
import com.onecodepass.web.dashboard.entity.DashboardView;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Dashboards for officers: the city for city admins (or any district they pick), their own district
 * for district staff. The scope is decided here, not by the page; asking for another district is
 * refused and audited. Only aggregate tables are read (see the modules' roll-ups).
 */
@Stateless
public class DashboardService {

  @EJB DistrictFigures districtFigures;
  @EJB CheckInFigures checkIns;
  @EJB StaffGate gate;
  @Inject DistrictNames districts;
  @Inject ActiveRiskAreas riskAreas;

  /**
   * @param requestedDistrict the district asked for; null or blank: the city for a city admin,
   *     their own district for district staff
   * @throws DashboardRefused another district than one's own, another role, an unknown district
   */
  public DashboardView show(StaffScope scope, String requestedDistrict, String clientAddress) {
    String district = districtFor(scope, requestedDistrict, clientAddress);
    Instant now = Instant.now();
    DistrictSnapshot figures = districtFigures.snapshot(district, now);
    List<HourCount> hours =
        checkIns.perHour(district, HourWindows.firstHourOfLast(24, now), HourWindows.hourOf(now));
    Instant checkInsAsOf = checkIns.asOf().orElse(null);
    Instant asOf =
        figures.asOf() == null || checkInsAsOf == null
            ? null
            : (figures.asOf().isBefore(checkInsAsOf) ? figures.asOf() : checkInsAsOf);
    return new DashboardView(
        district, figures, hours, riskAreas.count(district, now), asOf, checkIns.hourlyDrift());
  }

  /** The districts the person may pick: all for a city admin, none (their own only) otherwise. */
  public List<District> choices(StaffScope scope) {
    return scope.role() == StaffScope.Role.CITY_ADMIN ? districts.all() : List.of();
  }

  private String districtFor(StaffScope scope, String requested, String clientAddress) {
    String wanted = requested == null || requested.isBlank() ? null : requested.strip();
    if (wanted != null
        && districts.all().stream().noneMatch(d -> d.code().value().equals(wanted))) {
      throw new DashboardRefused("dashboard.unknownDistrict");
    }
    switch (scope.role()) {
      case CITY_ADMIN:
        return wanted;
      case DISTRICT_STAFF:
        if (scope.districtCode() != null
            && (wanted == null || wanted.equals(scope.districtCode()))) {
          return scope.districtCode();
        }
        break;
      default:
        break;
    }
    // The page shows its own message (DashboardRefused); the gate records the refusal.
    gate.refusal(
        scope,
        "dashboard",
        "district:" + (wanted == null ? "city" : wanted),
        "outside the staff member's district",
        clientAddress,
        "dashboard.notPermitted");
    throw new DashboardRefused("dashboard.notPermitted");
  }
}
