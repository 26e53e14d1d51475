package com.onecodepass.web.riskarea;

import com.onecodepass.codeissue.api.CodeColour;
import com.onecodepass.codeissue.api.District;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.RiskAreaDraft;
import com.onecodepass.triprecord.api.RiskAreaException;
import com.onecodepass.triprecord.api.RiskAreaKind;
import com.onecodepass.triprecord.api.RiskAreaLevel;
import com.onecodepass.triprecord.api.RiskAreaPreview;
import com.onecodepass.triprecord.api.RiskAreaStatus;
import com.onecodepass.triprecord.api.RiskAreaView;
import com.onecodepass.triprecord.api.RiskAreas;
import com.onecodepass.triprecord.api.VenueView;
import com.onecodepass.web.platform.ClientAddress;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The risk-area desk for district staff (their district) and city admins: define, preview the
 * effect on codes, publish with progress, withdraw. The modules enforce the district scope; this
 * bean only turns their refusals into messages.
 */
@Named
@ViewScoped
public class RiskAreaDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  static final ZoneId CITY = CityClock.ZONE;

  /** The venue menu's request parameter (its client id in the define form). */
  static final String VENUES_PARAMETER = "define:venues";

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CITY);

  /** One line of the preview: how many people go from one colour to another. */
  public record Change(String from, String to, long people) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean changing() {
      return !from.equals(to);
    }
  }

  @EJB RiskAreas riskAreas;
  @Inject StaffAccess staff;
  @Inject DistrictNames districtNames;

  private String name;
  private RiskAreaLevel level = RiskAreaLevel.HIGH;
  private RiskAreaKind kind = RiskAreaKind.COMPOUND;
  private String districtCode;
  private String place;
  private List<Long> venueIds = new ArrayList<>();
  private String from;
  private String until;

  private Long selectedId;
  private Long previewedId;
  private int previewVenues;
  private long previewPeople;
  private long previewAlready;
  private List<Change> changes = List.of();

  private transient List<RiskAreaView> areas;
  private transient RiskAreaView selected;
  private transient List<VenueView> venues;

  @PostConstruct
  void init() {
    StaffScope who = staff.scope();
    districtCode =
        who.role() == StaffScope.Role.CITY_ADMIN
            ? districtNames.all().get(0).code()
            : who.districtCode();
    LocalDateTime now = LocalDateTime.now(CITY).truncatedTo(ChronoUnit.HOURS);
    from = INPUT.format(now.minusDays(3));
    until = INPUT.format(now.plusDays(7));
  }

  public void define() {
    try {
      RiskAreaView area =
          riskAreas.define(
              staff.scope(),
              client(),
              new RiskAreaDraft(
                  name,
                  level,
                  kind,
                  districtCode,
                  place,
                  postedVenueIds(),
                  time(from, "risk.from.required"),
                  until == null || until.isBlank() ? null : time(until, "risk.until.invalid")));
      name = null;
      place = null;
      venueIds = new ArrayList<>();
      areas = null;
      open(area.id());
    } catch (RiskAreaException e) {
      Messages.error(null, e.messageKey());
    } catch (NumberFormatException e) {
      Messages.error(null, "risk.venues.invalid");
    }
  }

  public void open(long id) {
    selectedId = id;
    selected = null;
    if (previewedId == null || previewedId != id) {
      previewedId = null;
      changes = List.of();
    }
  }

  public void preview() {
    try {
      RiskAreaPreview p = riskAreas.preview(staff.scope(), client(), selectedId);
      previewedId = p.areaId();
      previewVenues = p.venues();
      previewPeople = p.forecast().people();
      previewAlready = p.forecast().alreadyRecorded();
      List<Change> list = new ArrayList<>();
      for (CodeColour a : CodeColour.values()) {
        for (CodeColour b : CodeColour.values()) {
          long n = p.forecast().count(a, b);
          if (n > 0) {
            list.add(
                new Change(
                    a.name().toLowerCase(Locale.ROOT), b.name().toLowerCase(Locale.ROOT), n));
          }
        }
      }
      changes = list;
      refresh();
    } catch (RiskAreaException e) {
      Messages.error(null, e.messageKey());
    }
  }

  public void publish() {
    try {
      riskAreas.publish(staff.scope(), client(), selectedId);
      refresh();
    } catch (RiskAreaException e) {
      Messages.error(null, e.messageKey());
    }
  }

  public void withdraw() {
    try {
      riskAreas.withdraw(staff.scope(), client(), selectedId);
      refresh();
    } catch (RiskAreaException e) {
      Messages.error(null, e.messageKey());
    }
  }

  /** The poll's action while applying: re-read the area and the list. */
  public void refresh() {
    areas = null;
    selected = null;
  }

  public List<RiskAreaView> getAreas() {
    if (areas == null) {
      areas = riskAreas.visibleTo(staff.scope(), 200);
    }
    return areas;
  }

  public RiskAreaView getSelected() {
    if (selected == null && selectedId != null) {
      try {
        selected = riskAreas.find(staff.scope(), selectedId);
      } catch (RiskAreaException e) {
        selectedId = null;
        Messages.error(null, e.messageKey());
      }
    }
    return selected;
  }

  public boolean isApplying() {
    RiskAreaView s = getSelected();
    return s != null && (s.status() == RiskAreaStatus.PUBLISHED || s.endingPending());
  }

  public boolean isPreviewShown() {
    return previewedId != null && previewedId.equals(selectedId);
  }

  public List<VenueView> getVenues() {
    if (venues == null) {
      try {
        venues = riskAreas.pickableVenues(staff.scope(), districtCode, 1000);
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
    StaffScope who = staff.scope();
    return who.role() == StaffScope.Role.CITY_ADMIN
        ? districtNames.all()
        : districtNames.all().stream().filter(d -> d.code().equals(who.districtCode())).toList();
  }

  public String district(String code) {
    return districtNames.name(code);
  }

  public String when(Instant t) {
    return t == null ? "—" : SHOWN.format(t);
  }

  public String rate(RiskAreaView a) {
    return String.format(Locale.ROOT, "%.0f", a.rate());
  }

  public RiskAreaLevel[] getLevels() {
    return RiskAreaLevel.values();
  }

  public RiskAreaKind[] getKinds() {
    return RiskAreaKind.values();
  }

  public boolean isPlaceNeeded() {
    return kind == RiskAreaKind.SUB_DISTRICT || kind == RiskAreaKind.COMPOUND;
  }

  public boolean isVenuesNeeded() {
    return kind == RiskAreaKind.VENUES;
  }

  /**
   * The venue ids as posted, not as the menu kept them: PrimeFaces drops values that are not among
   * its items without a word, so another district's venue would vanish from the area instead of
   * being refused. The module decides, and audits, on what the officer actually asked for.
   */
  private static List<Long> postedVenueIds() {
    String[] posted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(VENUES_PARAMETER);
    return posted == null
        ? List.of()
        : Arrays.stream(posted).map(String::strip).map(Long::valueOf).toList();
  }

  private static Instant time(String value, String key) {
    try {
      return LocalDateTime.parse(value.strip(), INPUT).atZone(CITY).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new RiskAreaException(key);
    }
  }

  private static String client() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RiskAreaLevel getLevel() {
    return level;
  }

  public void setLevel(RiskAreaLevel level) {
    this.level = level;
  }

  public RiskAreaKind getKind() {
    return kind;
  }

  public void setKind(RiskAreaKind kind) {
    this.kind = kind;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public List<Long> getVenueIds() {
    return venueIds;
  }

  public void setVenueIds(List<Long> venueIds) {
    this.venueIds = venueIds == null ? new ArrayList<>() : new ArrayList<>(venueIds);
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public int getPreviewVenues() {
    return previewVenues;
  }

  public long getPreviewPeople() {
    return previewPeople;
  }

  public long getPreviewAlready() {
    return previewAlready;
  }

  public List<Change> getChanges() {
    return changes;
  }
}
