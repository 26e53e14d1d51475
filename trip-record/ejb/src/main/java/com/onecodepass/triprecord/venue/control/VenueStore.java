package com.onecodepass.triprecord.venue.control;

import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Venue look-ups and the access rule: who may see and change which venue. */
@Stateless
public class VenueStore {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB StaffGate gate;

  /** On every check-in: no transaction of its own, and no query once the venue is cached. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Venue> byPublicCode(String publicCode) {
    return em.unwrap(Session.class).bySimpleNaturalId(Venue.class).loadOptional(publicCode);
  }

  public Optional<Venue> byGateId(String gateId) {
    return em.createQuery("select v from Venue v where v.gateId = :g", Venue.class)
        .setParameter("g", gateId)
        .getResultStream()
        .findFirst();
  }

  public Map<Long, Venue> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select v from Venue v where v.id in :ids", Venue.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Venue::id, Function.identity()));
  }

  /**
   * The venue if {@code who} may see it; otherwise "not found" (audited), so ids cannot be probed.
   */
  public Venue visible(StaffScope who, long venueId) {
    Venue venue = em.find(Venue.class, venueId);
    if (venue == null || !VenueRules.maySee(who, venue)) {
      // Its own transaction: VenueException rolls the caller's back, and the entry must stay.
      gate.refusalOnItsOwn(
          who,
          "venue",
          "venue#" + venueId,
          venue != null ? "another district's or operator's venue" : "no such venue",
          null,
          "venue.notFound");
      throw new VenueException("venue.notFound");
    }
    return venue;
  }

  public List<Venue> visibleTo(StaffScope who, int limit) {
    String base = "select v from Venue v ";
    var query =
        switch (who.role()) {
          case VENUE_OPERATOR ->
              em.createQuery(base + "where v.operator = :o order by v.id desc", Venue.class)
                  .setParameter("o", who.username());
          case DISTRICT_STAFF ->
              em.createQuery(base + "where v.districtCode = :d order by v.id desc", Venue.class)
                  .setParameter("d", who.districtCode() == null ? "" : who.districtCode());
          case CITY_ADMIN -> em.createQuery(base + "order by v.id desc", Venue.class);
          case CHECKER -> null;
        };
    return query == null ? List.of() : query.setMaxResults(limit).getResultList();
  }
}
