package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads of conditions from one decision over many people (a risk area's), one chunk of ids at a
 * time: the caller keeps each {@code in} list short. Works in the caller's transaction.
 */
@Dependent
public class AreaConditionStore {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** What the forecast needs of each person in {@code ids}: three statements for the chunk. */
  public List<ConditionForecast.Person> people(
      List<Long> ids, String sourceRef, Map<Long, Instant> firstVisits, Instant now) {
    Map<Long, List<ConditionFact>> open = new HashMap<>();
    for (HealthCondition c :
        em.createQuery(
                "select c from HealthCondition c where c.citizenId in :ids and c.endedAt is null",
                HealthCondition.class)
            .setParameter("ids", ids)
            .getResultList()) {
      open.computeIfAbsent(c.citizenId(), k -> new ArrayList<>())
          .add(new ConditionFact(c.id(), c.type(), c.startedAt()));
    }
    Map<Long, List<TestFact>> tests = new HashMap<>();
    for (Object[] t :
        em.createQuery(
                "select t.citizenId, t.sampleTime, t.result from TestResult t"
                    + " where t.citizenId in :ids and t.sampleTime > :from",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("from", now.minus(Recolouring.TEST_HORIZON))
            .getResultList()) {
      tests
          .computeIfAbsent((Long) t[0], k -> new ArrayList<>())
          .add(new TestFact((Instant) t[1], t[2] == TestResult.Outcome.NEGATIVE));
    }
    Set<Long> already = holders(sourceRef, ids);
    List<ConditionForecast.Person> people = new ArrayList<>();
    for (Object[] c :
        em.createQuery(
                "select c.id, c.colour, c.testGroup from Citizen c where c.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      Long id = (Long) c[0];
      people.add(
          new ConditionForecast.Person(
              (CodeColour) c[1],
              open.getOrDefault(id, List.of()),
              tests.getOrDefault(id, List.of()),
              (String) c[2],
              firstVisits.get(id),
              already.contains(id)));
    }
    return people;
  }

  /**
   * Locks the citizens of {@code ids} that exist, in id order (no deadlock between two batches),
   * and returns their ids. The locked entities stay in the persistence context, so re-evaluation
   * reads them free.
   */
  public List<Long> lockPresent(List<Long> ids) {
    return em.createQuery("select c from Citizen c where c.id in :ids order by c.id", Citizen.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .map(Citizen::id)
        .toList();
  }

  /** Who of {@code ids} already has a condition from this source. */
  public Set<Long> holders(String sourceRef, List<Long> ids) {
    return new HashSet<>(
        em.createQuery(
                "select distinct c.citizenId from HealthCondition c"
                    + " where c.sourceRef = :ref and c.citizenId in :ids",
                Long.class)
            .setParameter("ref", sourceRef)
            .setParameter("ids", ids)
            .getResultList());
  }

  /** Up to {@code max} open conditions from this source, by citizen. */
  public List<HealthCondition> openFrom(String sourceRef, int max) {
    return em.createQuery(
            "select c from HealthCondition c where c.sourceRef = :ref and c.endedAt is null"
                + " order by c.citizenId",
            HealthCondition.class)
        .setParameter("ref", sourceRef)
        .setMaxResults(max)
        .getResultList();
  }
}
