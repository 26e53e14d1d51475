package com.onecodepass.triprecord.riskarea.boundary;

import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.district.Districts;
import com.onecodepass.codeissue.api.rules.AreaConditions;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaPreview;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.riskarea.control.AreaDecisions;
import com.onecodepass.triprecord.riskarea.control.AreaRules;
import com.onecodepass.triprecord.riskarea.control.AreaVisits;
import com.onecodepass.triprecord.riskarea.control.RiskAreaStore;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import com.onecodepass.triprecord.venue.control.ActiveVenues;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Risk areas for the staff pages and the integrator feed; scoping is enforced here. */
@Stateless
public class RiskAreaService implements RiskAreas {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB AreaDecisions decisions;
  @EJB StaffGate gate;
  @EJB AreaVisits visits;
  @EJB AreaRunner runner;
  @EJB AreaConditions conditions;
  @EJB VenueStore venues;
  @EJB Districts districts;
  @Inject RiskAreaStore areas;
  @Inject ActiveVenues activeVenues;

  @Override
  public RiskAreaView define(StaffScope who, String client, RiskAreaDraft draft) {
    Set<String> codes =
        districts.all().stream().map(d -> d.code().value()).collect(Collectors.toSet());
    RiskAreaDraft d = AreaRules.check(draft, codes);
    String target = "risk-area:new " + d.name();
    decisions.mayManage(who, client, d.districtCode(), "define", target);
    if (d.kind() == RiskAreaKind.VENUES) {
      Map<Long, Venue> found = venues.byIds(d.venueIds());
      if (found.size() != d.venueIds().size()) {
        throw new RiskAreaException("risk.venues.invalid");
      }
      for (Venue v : found.values()) {
        if (!who.mayManage(v.districtCode())) {
          decisions.mayManage(who, client, v.districtCode(), "define", target);
        }
        if (!v.districtCode().equals(d.districtCode())) {
          throw new RiskAreaException("risk.venues.otherDistrict");
        }
      }
    }
    RiskArea area =
        new RiskArea(
            d.name(),
            d.level(),
            d.kind(),
            d.districtCode(),
            d.place(),
            d.venueIds(),
            d.effectiveFrom(),
            d.effectiveUntil(),
            who.username(),
            Instant.now());
    em.persist(area);
    em.flush();
    gate.record(
        who,
        "risk-area.create",
        AreaDecisions.target(area),
        d.level() + " " + d.kind() + (d.place() == null ? "" : " " + d.place()),
        client);
    return area.view();
  }

  @Override
  public List<RiskAreaView> visibleTo(StaffScope who, int limit) {
    int max = Math.max(1, Math.min(limit, 500));
    return switch (who.role()) {
      case CITY_ADMIN -> areas.newest(max).stream().map(RiskArea::view).toList();
      case DISTRICT_STAFF ->
          areas.newestIn(who.districtCode() == null ? "" : who.districtCode(), max).stream()
              .map(RiskArea::view)
              .toList();
      default -> List.of();
    };
  }

  @Override
  public RiskAreaView find(StaffScope who, long id) {
    RiskArea area = em.find(RiskArea.class, id);
    if (area == null) {
      throw decisions.notFound(who, null, id, "read");
    }
    decisions.mayManage(who, null, area.districtCode(), "read", AreaDecisions.target(area));
    return area.view();
  }

  @Override
  public RiskAreaPreview preview(StaffScope who, String client, long id) {
    RiskArea area = em.find(RiskArea.class, id);
    if (area == null) {
      throw decisions.notFound(who, client, id, "preview");
    }
    decisions.mayManage(who, client, area.districtCode(), "preview", AreaDecisions.target(area));
    Instant now = Instant.now();
    Instant to = area.visitsUntil(now);
    List<Long> covered = visits.venues(area);
    Map<Long, Instant> people = visits.firstVisits(covered, area.effectiveFrom(), to);
    ColourForecast forecast =
        area.level()
            .condition()
            .map(type -> conditions.forecast(type, area.sourceRef(), byCitizen(people)))
            .orElse(new ColourForecast(people.size(), 0, Map.of()));
    if (area.status() == RiskAreaStatus.DRAFT) {
      area.previewed(forecast.people(), forecast.changing(), now);
    }
    return new RiskAreaPreview(id, covered.size(), to, forecast);
  }

  private static Map<CitizenId, Instant> byCitizen(Map<Long, Instant> people) {
    Map<CitizenId, Instant> byCitizen = new HashMap<>(people.size() * 2);
    people.forEach((id, at) -> byCitizen.put(CitizenId.of(id), at));
    return byCitizen;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RiskAreaView publish(StaffScope who, String client, long id) {
    RiskAreaView view = decisions.publish(who, client, id).view();
    runner.apply(id);
    return view;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RiskAreaView withdraw(StaffScope who, String client, long id) {
    RiskArea area = decisions.withdraw(who, client, id);
    if (area.endingPending()) {
      runner.end(id);
    }
    return area.view();
  }

  @Override
  public List<VenueView> pickableVenues(StaffScope who, String districtCode, int limit) {
    decisions.mayManage(who, null, districtCode, "list venues", "district:" + districtCode);
    return activeVenues.in(districtCode, Math.max(1, Math.min(limit, 1000))).stream()
        .map(Venue::view)
        .toList();
  }

  @Override
  public List<RiskAreaView> inForce() {
    return areas.inForce(Instant.now()).stream().map(RiskArea::view).toList();
  }
}
