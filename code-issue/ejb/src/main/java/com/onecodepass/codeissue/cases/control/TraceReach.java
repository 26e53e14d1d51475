package com.onecodepass.codeissue.cases.control;

import com.onecodepass.platform.api.StaffScope;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Whom an officer may trace from: the people of their district, and the confirmed contacts of their
 * district's cases wherever those live (a case's officer follows its contacts one level further).
 */
@Dependent
public class TraceReach {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** The ids among {@code people} this officer may not trace from, unknown ids included. */
  public Set<Long> outside(StaffScope who, Collection<Long> people) {
    Set<Long> outside = new HashSet<>(people);
    if (people.isEmpty()) {
      return outside;
    }
    if (who.role() == StaffScope.Role.CITY_ADMIN) {
      // the whole city is theirs: nothing to probe, so no look-up either
      return Set.of();
    }
    if (who.role() != StaffScope.Role.DISTRICT_STAFF || who.districtCode() == null) {
      return outside;
    }
    outside.removeAll(
        em.createQuery(
                "select c.id from Citizen c where c.id in :ids and c.districtCode = :d", Long.class)
            .setParameter("ids", people)
            .setParameter("d", who.districtCode())
            .getResultList());
    if (!outside.isEmpty()) {
      outside.removeAll(
          em.createQuery(
                  "select k.citizenId from CaseContact k, ConfirmedCase c"
                      + " where k.caseId = c.id and c.districtCode = :d and k.citizenId in :ids",
                  Long.class)
              .setParameter("ids", outside)
              .setParameter("d", who.districtCode())
              .getResultList());
    }
    return outside;
  }
}
