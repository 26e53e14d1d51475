package com.onecodepass.triprecord.venue.boundary;

import com.onecodepass.codeissue.api.code.VenueCodes;
import com.onecodepass.codeissue.api.district.Districts;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.checkin.VenueVisit;
import com.onecodepass.triprecord.api.checkin.VisitLog;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueFilter;
import com.onecodepass.triprecord.api.venue.VenuePage;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import com.onecodepass.triprecord.venue.control.VenueRules;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.control.VenueVisits;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Venue registration, review and posters; each call is scoped by the caller's {@link StaffScope}.
 */
@Stateless
public class VenueService implements Venues {

  static final ZoneId CITY_ZONE = CityClock.ZONE;

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB VenueStore store;
  @EJB VenueCodes venueCodes;
  @EJB Districts districts;
  @Inject VenueVisits visits;

  @Override
  public VenueView register(StaffScope operator, VenueRegistration registration) {
    if (operator == null
        || (operator.role() != StaffScope.Role.VENUE_OPERATOR
            && operator.role() != StaffScope.Role.CITY_ADMIN)) {
      throw new VenueException("venue.forbidden");
    }
    Set<String> codes =
        districts.all().stream().map(d -> d.code().value()).collect(Collectors.toSet());
    VenueRegistration r = VenueRules.check(registration, codes);
    if (r.gateId() != null && store.byGateId(r.gateId()).isPresent()) {
      throw new VenueException("venue.gateId.taken");
    }
    Venue venue =
        Venue.applyFor(
            VenueRules.newPublicCode(),
            r.name(),
            r.category(),
            r.address(),
            r.districtCode(),
            r.community(),
            r.gateId(),
            operator.username(),
            Instant.now());
    em.persist(venue);
    em.flush();
    return venue.view();
  }

  @Override
  public VenuePage visibleTo(StaffScope who, VenueFilter filter) {
    List<Venue> found = store.visibleTo(who, filter);
    boolean more = found.size() > filter.limit();
    List<VenueView> page = found.stream().limit(filter.limit()).map(Venue::view).toList();
    return new VenuePage(page, more ? page.get(page.size() - 1).id() : null);
  }

  @Override
  public VenueView find(StaffScope who, long venueId) {
    return store.visible(who, venueId).view();
  }

  @Override
  public VenueView approve(StaffScope staff, long venueId) {
    Venue venue = reviewable(staff, venueId);
    venue.approve(staff.username(), Instant.now());
    return venue.view();
  }

  @Override
  public VenueView suspend(StaffScope staff, long venueId) {
    Venue venue = reviewable(staff, venueId);
    venue.suspend(staff.username(), Instant.now());
    return venue.view();
  }

  private Venue reviewable(StaffScope staff, long venueId) {
    Venue venue = store.visible(staff, venueId);
    if (!staff.mayManage(venue.districtCode())) {
      throw new VenueException("venue.forbidden");
    }
    return venue;
  }

  @Override
  public String posterToken(StaffScope who, long venueId) {
    return venueCodes.sign(store.visible(who, venueId).publicCode());
  }

  @Override
  public VisitLog visitLog(StaffScope who, long venueId, int limit) {
    Venue venue = store.visible(who, venueId);
    Instant startOfToday = LocalDate.now(CITY_ZONE).atStartOfDay(CITY_ZONE).toInstant();
    long today = visits.countSince(venueId, startOfToday);
    List<VenueVisit> latest =
        visits.latest(venueId, Math.max(1, Math.min(limit, 1000))).stream()
            .map(c -> new VenueVisit(c.checkedInAt(), c.maskedName(), c.colour()))
            .toList();
    return new VisitLog(venue.view(), today, latest);
  }

  @Override
  public Optional<VenueView> byId(long venueId) {
    return Optional.ofNullable(em.find(Venue.class, venueId)).map(Venue::view);
  }
}
