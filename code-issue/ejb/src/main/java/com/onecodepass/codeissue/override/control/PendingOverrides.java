package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.appeal.OverrideStatus;
import com.onecodepass.codeissue.api.appeal.OverrideView;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Four-eyes requests still waiting for their second officer. */
@ApplicationScoped
public class PendingOverrides {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** At most one decision per person waits at a time, so two approvals cannot race. */
  public boolean existFor(long citizenId) {
    return !em.createQuery(
            "select o.id from CodeOverride o where o.citizenId = :id and o.status = :pending",
            Long.class)
        .setParameter("id", citizenId)
        .setParameter("pending", OverrideStatus.PENDING)
        .getResultList()
        .isEmpty();
  }

  public Optional<CodeOverride> ofAppeal(long appealId) {
    return em.createQuery(
            "select o from CodeOverride o where o.appealId = :appeal and o.status = :pending",
            CodeOverride.class)
        .setParameter("appeal", appealId)
        .setParameter("pending", OverrideStatus.PENDING)
        .getResultStream()
        .findFirst();
  }

  /** Waiting requests in a district ({@code null}: all), oldest first, with their person. */
  public List<OverrideView> in(String district, int max) {
    return views(district, "", " order by o.requestedAt, o.id")
        .setMaxResults(max)
        .getResultStream()
        .map(PendingOverrides::view)
        .toList();
  }

  /** Waiting requests that decide an appeal, in a district ({@code null}: all). */
  public List<OverrideView> forAppealsIn(String district) {
    return views(district, " and o.appealId is not null", "")
        .getResultStream()
        .map(PendingOverrides::view)
        .toList();
  }

  private TypedQuery<Object[]> views(String district, String condition, String order) {
    return em.createQuery(
            "select o, c from CodeOverride o, Citizen c where c.id = o.citizenId"
                + " and o.status = :pending"
                + condition
                + " and (:district is null or o.districtCode = :district)"
                + order,
            Object[].class)
        .setParameter("pending", OverrideStatus.PENDING)
        .setParameter("district", district);
  }

  private static OverrideView view(Object[] row) {
    return OverrideViews.of((CodeOverride) row[0], (Citizen) row[1]);
  }
}
