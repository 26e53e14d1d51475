package com.onecodepass.web.venue;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueFilter;
import com.onecodepass.triprecord.api.venue.VenuePage;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Venues the staff member may see; district staff and city admins approve or suspend them. */
@Named
@RequestScoped
public class VenueList {

  @EJB Venues venues;
  @Inject StaffAccess staff;
  @Inject DistrictNames districts;
  @Inject StaffAudit audit;

  /** A page a screen reader and a 2 a.m. officer can take in; the next link goes on from it. */
  static final int PAGE = 50;

  private String q;
  private String status;
  private Long before;
  private VenuePage page;

  public List<VenueView> getVenues() {
    return page().venues();
  }

  /** The id the next page starts after, or null on the last page. */
  public Long getNextBefore() {
    return page().nextBefore();
  }

  public boolean isFiltered() {
    return q != null && !q.isBlank() || status() != null;
  }

  /** The query string of this list's page that starts after {@code before} (null: the first). */
  public String link(Long before) {
    StringBuilder query = new StringBuilder("?q=").append(encode(q == null ? "" : q));
    query.append("&status=").append(status() == null ? "" : status().name());
    if (before != null) {
      query.append("&before=").append(before);
    }
    return query.toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  public VenueStatus[] getStatuses() {
    return VenueStatus.values();
  }

  private VenuePage page() {
    if (page == null) {
      page = venues.visibleTo(staff.scope(), new VenueFilter(q, status(), before, PAGE));
    }
    return page;
  }

  private VenueStatus status() {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return VenueStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      return null; // a hand-edited link: show every status rather than fail
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.length() <= 100 ? q : q.substring(0, 100);
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
  }

  public boolean mayReview(VenueView venue) {
    return staff.scope().mayManage(venue.districtCode());
  }

  public boolean isMayRegister() {
    StaffScope.Role role = staff.scope().role();
    return role == StaffScope.Role.VENUE_OPERATOR || role == StaffScope.Role.CITY_ADMIN;
  }

  public String district(String code) {
    return districts.name(code);
  }

  public String approve(long venueId) {
    return review(venueId, true);
  }

  public String suspend(long venueId) {
    return review(venueId, false);
  }

  private String review(long venueId, boolean approve) {
    try {
      if (approve) {
        venues.approve(staff.scope(), venueId);
      } else {
        venues.suspend(staff.scope(), venueId);
      }
      audit.record(approve ? "venue.approve" : "venue.suspend", "venue #" + venueId, null);
      return "/staff/venues.xhtml?faces-redirect=true&includeViewParams=true";
    } catch (VenueException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
  }
}
