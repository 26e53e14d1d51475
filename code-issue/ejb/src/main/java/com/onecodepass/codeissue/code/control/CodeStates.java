package com.onecodepass.codeissue.code.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.platform.CodeStateStore;
import com.onecodepass.codeissue.testing.entity.TestResult;
import com.onecodepass.platform.api.CodeCacheCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
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

  /**
   * Several people's states in one read of the cache: in the cluster, one round trip to the owners
   * for all of them instead of one per person. A miss loads as {@link #get} does; a person who does
   * not exist is left out.
   */
  public Map<Long, CodeState> getAll(Collection<Long> citizenIds) {
    Map<Long, String> cached = cache.getAdvancedCache().getAll(new HashSet<>(citizenIds));
    Map<Long, CodeState> states = new HashMap<>();
    for (long citizenId : new HashSet<>(citizenIds)) {
      String entry = cached.get(citizenId);
      CodeState state;
      if (entry != null) {
        CodeCacheCounters.hit();
        state = CodeState.decode(entry);
      } else {
        CodeCacheCounters.miss();
        state = refresh(citizenId);
      }
      if (state != null) {
        states.put(citizenId, state);
      }
    }
    return states;
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

  /** Writes many people's states at once (cache warming): one pipelined write per entry. */
  public void putAll(List<Citizen> citizens, Map<Long, Instant> latestNegativeTestAt) {
    Map<Long, String> entries = new java.util.HashMap<>();
    for (Citizen c : citizens) {
      entries.put(c.id(), stateOf(c, latestNegativeTestAt.get(c.id())).encode());
    }
    cache.putAll(entries);
  }

  /**
   * Tells the cached entries of these people about their newer negative tests, for people whose
   * colour the tests cannot change. Only cached people are looked up ({@code latestNegatives} reads
   * the database for them); a person not cached needs nothing, a miss loads everything. Each entry
   * is replaced only if unchanged since it was read, so a concurrent recolour is never overwritten.
   *
   * @return how many entries were updated
   */
  public int noteNegativeTests(
      List<Long> citizenIds, Function<List<Long>, Map<Long, Instant>> latestNegatives) {
    if (citizenIds.isEmpty()) {
      return 0;
    }
    Map<Long, String> cached = cache.getAdvancedCache().getAll(new HashSet<>(citizenIds));
    if (cached.isEmpty()) {
      return 0;
    }
    Map<Long, Instant> latest = latestNegatives.apply(List.copyOf(cached.keySet()));
    // Sent together, answered together: in the cluster each replace is a round trip to the owners.
    List<CompletableFuture<Boolean>> replaced = new ArrayList<>();
    for (Map.Entry<Long, String> entry : cached.entrySet()) {
      Instant at = latest.get(entry.getKey());
      if (at == null || entry.getValue() == null) {
        continue;
      }
      String now = CodeState.decode(entry.getValue()).withNegativeTestAt(at).encode();
      if (!now.equals(entry.getValue())) {
        replaced.add(cache.replaceAsync(entry.getKey(), entry.getValue(), now));
      }
    }
    return (int) replaced.stream().filter(CompletableFuture::join).count();
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
