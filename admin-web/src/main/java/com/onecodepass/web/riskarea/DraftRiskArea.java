package com.onecodepass.web.riskarea;

import com.onecodepass.platform.api.CityClock;
import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The form that drafts a new area (where comes from {@link VenuePicker}); the draft then opens
 * below the list for preview. View scoped because the kind, changed by Ajax, decides which fields
 * the next post carries: the place, or the venue menu.
 */
@Named
@ViewScoped
public class DraftRiskArea implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject VenuePicker where;
  @Inject RiskAreaList list;
  @Inject RiskAreaDetail detail;

  private String name;
  private RiskAreaLevel level = RiskAreaLevel.HIGH;
  private RiskAreaKind kind = RiskAreaKind.COMPOUND;
  private String place;
  private String from;
  private String until;

  @PostConstruct
  void init() {
    LocalDateTime now = LocalDateTime.now(CityClock.ZONE).truncatedTo(ChronoUnit.HOURS);
    from = INPUT.format(now.minusDays(3));
    until = INPUT.format(now.plusDays(7));
  }

  public void define() {
    RiskAreaView area = desk.attempt(() -> riskAreas.define(desk.who(), desk.from(), draft()));
    if (area != null) {
      name = null;
      place = null;
      where.clear();
      list.refresh();
      detail.open(area.id());
    }
  }

  private RiskAreaDraft draft() {
    return new RiskAreaDraft(
        name,
        level,
        kind,
        where.getDistrictCode(),
        place,
        where.postedVenueIds(),
        time(from, "risk.from.required"),
        until == null || until.isBlank() ? null : time(until, "risk.until.invalid"));
  }

  private static Instant time(String value, String key) {
    try {
      return LocalDateTime.parse(value.strip(), INPUT).atZone(CityClock.ZONE).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new RiskAreaException(key);
    }
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

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
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
}
