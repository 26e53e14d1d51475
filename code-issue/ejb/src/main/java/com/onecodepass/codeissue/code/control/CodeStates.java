package com.onecodepass.codeissue.code.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.platform.CodeStateStore;
import com.onecodepass.codeissue.testing.entity.TestResult;
import com.onecodepass.shared.CodeCacheCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.infinispan.Cache;

/**
 * Cache-first access to per-person code state. A miss loads from the database once; every change to
 * a person's colour or tests must call {@link #refresh} so the cache stays the truth the hot path
 * can rely on.
 */
@ApplicationScoped
public class CodeStates {

  @Inject @CodeStateStore Cache<Long, String> cache;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** Returns null when no such citizen exists. */
  public CodeState get(long citizenId) {
    String cached = cache.get(citizenId);
    if (cached != null) {
      CodeCacheCounters.hit();
      return CodeState.decode(cached);
    }
    CodeCacheCounters.miss();
    return refresh(citizenId);
  }

  public CodeState refresh(long citizenId) {
    Citizen citizen = em.find(Citizen.class, citizenId);
    if (citizen == null) {
      return null;
    }
    CodeState state = stateOf(citizen, latestNegative(citizenId));
    cache.put(citizenId, state.encode());
    return state;
  }

  public void put(Citizen citizen, Instant latestNegativeTestAt) {
    cache.put(citizen.id(), stateOf(citizen, latestNegativeTestAt).encode());
  }

  private static CodeState stateOf(Citizen citizen, Instant latestNegative) {
    return new CodeState(
        citizen.colour(),
        citizen.subject(),
        citizen.nameMasked(),
        citizen.residentIdMasked(),
        citizen.colourSince(),
        citizen.colourReason(),
        latestNegative,
        citizen.vaccinationDoses());
  }

  private Instant latestNegative(long citizenId) {
    List<Instant> times =
        em.createQuery(
                "select t.sampleTime from TestResult t where t.citizenId = :id and t.result = :neg"
                    + " order by t.sampleTime desc",
                Instant.class)
            .setParameter("id", citizenId)
            .setParameter("neg", TestResult.Outcome.NEGATIVE)
            .setMaxResults(1)
            .getResultList();
    return times.isEmpty() ? null : times.get(0);
  }
}
