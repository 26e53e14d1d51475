package com.onecodepass.codeissue.testing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who was sampled into a pooled tube, read as each use needs it. */
@Dependent
public class TubeMembers {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  public List<Long> citizenIds(String barcode) {
    return em.createQuery(
            "select m.key.citizenId from SampleTubeMember m where m.key.barcode = :b", Long.class)
        .setParameter("b", barcode)
        .getResultList();
  }

  /** Masked names, in the order they were added: what the tube's page shows. */
  public List<String> maskedNames(String barcode) {
    return em.createQuery(
            "select c.nameMasked from Citizen c, SampleTubeMember m"
                + " where m.key.barcode = :b and c.id = m.key.citizenId order by m.addedAt",
            String.class)
        .setParameter("b", barcode)
        .getResultList();
  }

  /** The members' districts: a tube's result is recorded only by staff who may for all of them. */
  public List<String> districts(String barcode) {
    return em.createQuery(
            "select c.districtCode from Citizen c, SampleTubeMember m"
                + " where m.key.barcode = :b and c.id = m.key.citizenId",
            String.class)
        .setParameter("b", barcode)
        .getResultList();
  }
}
