package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.rules.AreaConditions;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.ConditionFact;
import com.onecodepass.codeissue.colour.control.ConditionForecast;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.colour.control.TestFact;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
 * Conditions from one decision over many people. Reads and writes go by chunks of ids ({@code in}
 * lists of at most {@link #CHUNK}), a handful of statements per chunk plus the per-person
 * re-evaluation when recording.
 */
@Stateless
public class AreaConditionService implements AreaConditions {

  static final int CHUNK = 1000;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject RuleSets ruleSets;
  @Inject Recolouring recolouring;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ColourForecast forecast(
      ConditionType type, String sourceRef, Map<Long, Instant> firstVisits) {
    List<Long> ids = new ArrayList<>(firstVisits.keySet());
    ColourForecast total = ColourForecast.NONE;
    Instant now = Instant.now();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      total =
          total.plus(
              ConditionForecast.forecast(
                  ruleSets.active(), people(chunk, sourceRef, firstVisits, now), type, now));
    }
    return total;
  }

  private List<ConditionForecast.Person> people(
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

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Recorded record(
      ConditionType type,
      String sourceRef,
      Map<Long, Instant> firstVisits,
      String staffId,
      String note) {
    if (type == null || type == ConditionType.PERIODIC_TEST_OVERDUE || sourceRef == null) {
      throw new IllegalArgumentException("a recordable condition and a source are required");
    }
    List<Long> ids = firstVisits.keySet().stream().sorted().toList();
    String shortNote = note == null || note.length() <= 300 ? note : note.substring(0, 300);
    int recorded = 0;
    int recoloured = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      // Locked in id order (no deadlock between two batches), then checked: a second run of the
      // same batch, on this node or another, finds the conditions the first one committed.
      // The locked entities stay in the persistence context, so re-evaluation reads them free.
      List<Long> present =
          em.createQuery("select c from Citizen c where c.id in :ids order by c.id", Citizen.class)
              .setParameter("ids", chunk)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultStream()
              .map(Citizen::id)
              .toList();
      Set<Long> already = holders(sourceRef, chunk);
      List<Long> fresh = present.stream().filter(id -> !already.contains(id)).toList();
      for (long id : fresh) {
        em.persist(
            new HealthCondition(
                id,
                type,
                firstVisits.get(id),
                ConditionSource.RISK_AREA,
                sourceRef,
                staffId,
                shortNote));
      }
      em.flush();
      recoloured += recolouring.reevaluateAll(fresh, ColourChange.Source.RULE, staffId, shortNote);
      recorded += fresh.size();
    }
    return new Recorded(recorded, recoloured);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int endSome(String sourceRef, String endReason, String staffId, String note, int max) {
    List<HealthCondition> open =
        em.createQuery(
                "select c from HealthCondition c where c.sourceRef = :ref and c.endedAt is null"
                    + " order by c.citizenId",
                HealthCondition.class)
            .setParameter("ref", sourceRef)
            .setMaxResults(Math.max(1, max))
            .getResultList();
    Instant now = Instant.now();
    for (HealthCondition c : open) {
      c.end(now, endReason);
    }
    em.flush();
    recolouring.reevaluateAll(
        open.stream().map(HealthCondition::citizenId).distinct().sorted().toList(),
        ColourChange.Source.RULE,
        staffId,
        note);
    return open.size();
  }

  private Set<Long> holders(String sourceRef, List<Long> ids) {
    return new HashSet<>(
        em.createQuery(
                "select distinct c.citizenId from HealthCondition c"
                    + " where c.sourceRef = :ref and c.citizenId in :ids",
                Long.class)
            .setParameter("ref", sourceRef)
            .setParameter("ids", ids)
            .getResultList());
  }
}
