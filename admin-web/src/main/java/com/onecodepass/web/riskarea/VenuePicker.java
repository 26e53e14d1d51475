package com.onecodepass.web.riskarea;

import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The draft form's district menu and the venue menu that hangs on it (kind VENUES): changing the
 * district by Ajax swaps the venues offered, so both live as long as the page.
 */
@Named
@ViewScoped
public class VenuePicker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The venue menu's request parameter (its client id in the define form). */
  static final String VENUES_PARAMETER = "define:venues";

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject DistrictNames districtNames;

  private String districtCode;
  private List<Long> venueIds = new ArrayList<>();

  private transient List<VenueView> venues;

  /** City admins start on the first district, district staff on their own. */
  @PostConstruct
  void init() {
    StaffScope who = desk.who();
    districtCode =
        who.role() == StaffScope.Role.CITY_ADMIN
            ? districtNames.all().get(0).code().value()
            : who.districtCode();
  }

  /**
   * The venue ids as posted, not as the menu kept them: PrimeFaces drops values that are not among
   * its items without a word, so another district's venue would vanish from the area instead of
   * being refused. The module decides, and audits, on what the officer actually asked for.
   */
  List<Long> postedVenueIds() {
    String[] posted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(VENUES_PARAMETER);
    try {
      return posted == null
          ? List.of()
          : Arrays.stream(posted).map(String::strip).map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new RiskAreaException("risk.venues.invalid");
    }
  }

  /** The draft was created: the next one starts with no venue ticked. */
  void clear() {
    venueIds = new ArrayList<>();
  }

  public List<VenueView> getVenues() {
    if (venues == null) {
      try {
        venues = riskAreas.pickableVenues(desk.who(), districtCode, 1000);
      } catch (RiskAreaException e) {
        venues = List.of();
      }
    }
    return venues;
  }

  /** The district changed: its venues are another list. */
  public void districtChanged() {
    venues = null;
    venueIds = new ArrayList<>();
  }

  public List<District> getDistricts() {
    StaffScope who = desk.who();
    return who.role() == StaffScope.Role.CITY_ADMIN
        ? districtNames.all()
        : districtNames.all().stream()
            .filter(d -> d.code().value().equals(who.districtCode()))
            .toList();
  }

  public String district(String code) {
    return districtNames.name(code);
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public List<Long> getVenueIds() {
    return venueIds;
  }

  public void setVenueIds(List<Long> venueIds) {
    this.venueIds = venueIds == null ? new ArrayList<>() : new ArrayList<>(venueIds);
  }
}
