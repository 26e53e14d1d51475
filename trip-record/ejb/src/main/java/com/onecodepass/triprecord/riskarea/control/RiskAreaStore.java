package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The lists of risk areas. Works in the caller's transaction. */
@Dependent
public class RiskAreaStore {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  /** The city's areas, newest first. */
  public List<RiskArea> newest(int max) {
    return em.createQuery("select a from RiskArea a order by a.id desc", RiskArea.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** One district's areas, newest first. */
  public List<RiskArea> newestIn(String districtCode, int max) {
    return em.createQuery(
            "select a from RiskArea a where a.districtCode = :d order by a.id desc", RiskArea.class)
        .setParameter("d", districtCode)
        .setMaxResults(max)
        .getResultList();
  }

  /** Published or applied areas whose period has not ended at {@code now}. */
  public List<RiskArea> inForce(Instant now) {
    return em.createQuery(
            "select a from RiskArea a where a.status in :s"
                + " and (a.effectiveUntil is null or a.effectiveUntil > :now) order by a.id",
            RiskArea.class)
        .setParameter("s", List.of(RiskAreaStatus.PUBLISHED, RiskAreaStatus.APPLIED))
        .setParameter("now", now)
        .getResultList();
  }
}
