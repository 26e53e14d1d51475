package com.onecodepass.triprecord.venue.control;

import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The venues open for check-in in a district, by name: what a risk area can be drawn around. */
@Dependent
public class ActiveVenues {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  public List<Venue> in(String districtCode, int max) {
    return em.createQuery(
            "select v from Venue v where v.districtCode = :d and v.status = :s order by v.name",
            Venue.class)
        .setParameter("d", districtCode)
        .setParameter("s", VenueStatus.ACTIVE)
        .setMaxResults(max)
        .getResultList();
  }
}
