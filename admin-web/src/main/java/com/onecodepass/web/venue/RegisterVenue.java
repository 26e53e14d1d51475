package com.onecodepass.web.venue;

import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
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

/** A venue operator's application form; the module checks every field. */
@Named
@RequestScoped
public class RegisterVenue {

  @EJB Venues venues;
  @Inject StaffAccess staff;
  @Inject DistrictNames districts;
  @Inject StaffAudit audit;

  private String name;
  private VenueCategory category;
  private String address;
  private String districtCode;
  private String community;
  private String gateId;

  public List<VenueCategory> getCategories() {
    return List.of(VenueCategory.values());
  }

  public List<District> getDistricts() {
    return districts.all();
  }

  public String submit() {
    try {
      VenueView venue =
          venues.register(
              staff.scope(),
              new VenueRegistration(name, category, address, districtCode, community, gateId));
      audit.record("venue.register", "venue #" + venue.id(), null);
      return "/staff/venue.xhtml?faces-redirect=true&id=" + venue.id();
    } catch (VenueException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public VenueCategory getCategory() {
    return category;
  }

  public void setCategory(VenueCategory category) {
    this.category = category;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getCommunity() {
    return community;
  }

  public void setCommunity(String community) {
    this.community = community;
  }

  public String getGateId() {
    return gateId;
  }

  public void setGateId(String gateId) {
    this.gateId = gateId;
  }
}
