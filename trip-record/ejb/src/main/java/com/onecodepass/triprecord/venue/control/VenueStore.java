package com.onecodepass.triprecord.venue.control;

import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueFilter;
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

  /**
   * One page (plus one row, to tell whether another follows) of the venues {@code who} may see that
   * match {@code filter}, newest first. Keyset paging by id: each page is an index range read on
   * (district, id), so a district officer's last page costs what the first does.
   */
  public List<Venue> visibleTo(StaffScope who, VenueFilter filter) {
    StringBuilder jpql = new StringBuilder("select v from Venue v where 1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    switch (who.role()) {
      case VENUE_OPERATOR -> {
        jpql.append(" and v.operator = :o");
        params.put("o", who.username());
      }
      case DISTRICT_STAFF -> {
        jpql.append(" and v.districtCode = :d");
        params.put("d", who.districtCode() == null ? "" : who.districtCode());
      }
      case CITY_ADMIN -> {}
      case CHECKER -> {
        return List.of();
      }
    }
    if (filter.text() != null) {
      jpql.append(" and (lower(v.name) like :t escape '!' or v.publicCode = :code)");
      params.put("t", "%" + filter.text().replaceAll("[!%_]", "!$0") + "%");
      params.put("code", filter.text());
    }
    if (filter.status() != null) {
      jpql.append(" and v.status = :s");
      params.put("s", filter.status());
    }
    if (filter.before() != null) {
      jpql.append(" and v.id < :before");
      params.put("before", filter.before());
    }
    var query = em.createQuery(jpql.append(" order by v.id desc").toString(), Venue.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(filter.limit() + 1).getResultList();
  }
}
