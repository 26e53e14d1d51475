package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Re-applies the rule set to one person after something about them changed: closes conditions whose
 * exit is met, stores the new colour and its history entry, refreshes the cached state. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class Recolouring {

  /** Tests older than this cannot matter to any exit policy or testing interval. */
  public static final Duration TEST_HORIZON = Duration.ofDays(60);

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject RuleSets ruleSets;
  @Inject CodeStates codeStates;

  /**
   * @return the recorded change, or null when the colour stayed the same
   */
  public ColourChange reevaluate(
      long citizenId, ColourChange.Source source, String staffId, String detail) {
    // The row lock serialises concurrent re-evaluations of the same person across nodes.
    Citizen citizen = em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
    if (citizen == null) {
      return null;
    }
    List<HealthCondition> open =
        em.createNamedQuery(HealthCondition.OPEN_OF_CITIZEN, HealthCondition.class)
            .setParameter("citizen", citizenId)
            .getResultList();
    Instant now = Instant.now();
    List<TestResult> tests =
        em.createQuery(
                "select t from TestResult t where t.citizenId = :id and t.sampleTime > :from",
                TestResult.class)
            .setParameter("id", citizenId)
            .setParameter("from", now.minus(TEST_HORIZON))
            .getResultList();
    return apply(citizen, open, tests, ruleSets.active(), now, source, staffId, detail);
  }

  /**
   * {@link #reevaluate} for many people at once with three queries in all (people locked in id
   * order, so two bulk runs cannot deadlock), for imports that touch hundreds of thousands.
   *
   * @return how many changed colour
   */
  public int reevaluateAll(
      List<Long> citizenIds, ColourChange.Source source, String staffId, String detail) {
    if (citizenIds.isEmpty()) {
      return 0;
    }
    List<Citizen> citizens =
        em.createQuery("select c from Citizen c where c.id in :ids order by c.id", Citizen.class)
            .setParameter("ids", citizenIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<Long, List<HealthCondition>> open =
        em.createQuery(
                "select c from HealthCondition c where c.citizenId in :ids and c.endedAt is null",
                HealthCondition.class)
            .setParameter("ids", citizenIds)
            .getResultStream()
            .collect(Collectors.groupingBy(HealthCondition::citizenId));
    Instant now = Instant.now();
    Map<Long, List<TestResult>> tests =
        em.createQuery(
                "select t from TestResult t where t.citizenId in :ids and t.sampleTime > :from",
                TestResult.class)
            .setParameter("ids", citizenIds)
            .setParameter("from", now.minus(TEST_HORIZON))
            .getResultStream()
            .collect(Collectors.groupingBy(TestResult::citizenId));
    RuleSet rules = ruleSets.active();
    int changed = 0;
    for (Citizen citizen : citizens) {
      Long id = citizen.id();
      if (apply(
              citizen,
              open.getOrDefault(id, List.of()),
              tests.getOrDefault(id, List.of()),
              rules,
              now,
              source,
              staffId,
              detail)
          != null) {
        changed++;
      }
    }
    return changed;
  }

  private ColourChange apply(
      Citizen citizen,
      List<HealthCondition> open,
      List<TestResult> tests,
      RuleSet rules,
      Instant now,
      ColourChange.Source source,
      String staffId,
      String detail) {
    long citizenId = citizen.id();
    Evaluation evaluation =
        ColourEvaluator.evaluate(
            rules,
            open.stream().map(c -> new ConditionFact(c.id(), c.type(), c.startedAt())).toList(),
            tests.stream()
                .map(t -> new TestFact(t.sampleTime(), t.result() == TestResult.Outcome.NEGATIVE))
                .toList(),
            citizen.testGroup(),
            now);
    for (HealthCondition condition : open) {
      if (evaluation.conditionsToClose().contains(condition.id())) {
        condition.end(now, "EXIT_MET");
      }
    }
    var before = citizen.colour();
    boolean changed = citizen.recolour(evaluation.colour(), evaluation.primaryCategory(), now);
    ColourChange change = null;
    if (changed) {
      change =
          new ColourChange(
              citizenId,
              before,
              evaluation.colour(),
              evaluation.primaryCode(),
              evaluation.primaryCategory(),
              source,
              staffId,
              detail,
              rules.version(),
              now);
      em.persist(change);
    }
    codeStates.put(citizen, latestNegative(tests));
    return change;
  }

  private static Instant latestNegative(List<TestResult> tests) {
    return tests.stream()
        .filter(t -> t.result() == TestResult.Outcome.NEGATIVE)
        .map(TestResult::sampleTime)
        .max(Instant::compareTo)
        .orElse(null);
  }
}
