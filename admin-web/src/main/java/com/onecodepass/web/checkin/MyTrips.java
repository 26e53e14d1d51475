package com.onecodepass.web.checkin;

import com.onecodepass.platform.api.CityClock;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.Trip;
import com.onecodepass.web.citizen.CitizenSession;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** "My trips": the signed-in citizen's check-ins and rides of the last 14 days, newest first. */
@Named
@RequestScoped
public class MyTrips {

  static final Duration SHOWN = Duration.ofDays(14);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);

  /** One line as the page shows it. */
  public record Line(String when, String venue, String category, String district, String source) {}

  @EJB CheckIns checkIns;
  @Inject CitizenSession session;
  @Inject DistrictNames districts;

  private List<Line> lines;

  @PostConstruct
  void load() {
    List<Trip> trips = checkIns.trips(session.getCitizenId(), Instant.now().minus(SHOWN));
    lines =
        trips.stream()
            .map(
                t ->
                    new Line(
                        WHEN.format(t.at()),
                        t.venueName(),
                        t.category().name(),
                        districts.name(t.districtCode()),
                        t.source()))
            .toList();
  }

  public List<Line> getLines() {
    return lines;
  }
}
