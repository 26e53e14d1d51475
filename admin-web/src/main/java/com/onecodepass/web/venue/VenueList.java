package com.onecodepass.web.venue;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueException;
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

  private List<VenueView> list;

  public List<VenueView> getVenues() {
    if (list == null) {
      list = venues.visibleTo(staff.scope(), 200);
    }
    return list;
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
      return "/staff/venues.xhtml?faces-redirect=true";
    } catch (VenueException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
  }
}
