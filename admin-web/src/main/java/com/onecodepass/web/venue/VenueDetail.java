package com.onecodepass.web.venue;

import com.onecodepass.platform.api.CityClock;
import com.onecodepass.triprecord.api.checkin.VisitLog;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.Venues;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.QrSvg;
import com.onecodepass.web.staff.StaffAccess;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One venue for its operator or reviewing staff: venue code, poster links, visit log. */
@Named
@RequestScoped
public class VenueDetail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(CityClock.ZONE);

  /** A visit log line as shown: masked name only. */
  public record Line(String when, String maskedName, String colour) {}

  @EJB Venues venues;
  @Inject StaffAccess staff;
  @Inject DistrictNames districts;
  @Inject HttpServletRequest request;
  @Inject StaffAudit audit;

  private VisitLog log;
  private String url;

  @PostConstruct
  void load() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      long venueId = Long.parseLong(id == null ? "" : id);
      log = venues.visitLog(staff.scope(), venueId, 100);
      // The visit log lists (masked) people: a read of personal data.
      audit.record("venue.visits.read", "venue #" + venueId, null);
      url = ScannedLinks.venueCodeUrl(request, venues.posterToken(staff.scope(), venueId));
    } catch (NumberFormatException | VenueException e) {
      log = null;
    }
  }

  public boolean isFound() {
    return log != null;
  }

  public VisitLog getLog() {
    return log;
  }

  public String getDistrict() {
    return districts.name(log.venue().districtCode());
  }

  public String getUrl() {
    return url;
  }

  public String getQrSvg() {
    return QrSvg.render(url, "qr");
  }

  public List<Line> getVisits() {
    return log.visits().stream()
        .map(
            v ->
                new Line(
                    WHEN.format(v.checkedInAt()),
                    v.maskedName() == null ? "—" : v.maskedName(),
                    v.colour().toLowerCase()))
        .toList();
  }
}
