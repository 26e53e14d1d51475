package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.appeal.OverrideStatus;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
