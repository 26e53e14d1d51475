package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The reads of a person's health record: colour history, test results, who time can recolour. */
@Dependent
public class HealthRecordStore {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** The person's colour changes, newest first. */
  public List<ColourChange> colourChanges(long citizenId, int max) {
    return em.createQuery(
            "select c from ColourChange c where c.citizenId = :id order by c.changedAt desc, c.id desc",
            ColourChange.class)
        .setParameter("id", citizenId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The person's test results, latest sample first. */
  public List<TestResult> testResults(long citizenId, int max) {
    return em.createQuery(
            "select t from TestResult t where t.citizenId = :id order by t.sampleTime desc",
            TestResult.class)
        .setParameter("id", citizenId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The people whose colour time alone can change: those with an open condition (a quarantine ends)
   * or in a testing group (an interval runs out).
   */
  public Set<Long> recolouredByTime() {
    Set<Long> ids = new LinkedHashSet<>();
    ids.addAll(em.createNamedQuery(HealthCondition.CITIZENS_WITH_OPEN, Long.class).getResultList());
    ids.addAll(
        em.createQuery("select c.id from Citizen c where c.testGroup is not null", Long.class)
            .getResultList());
    return ids;
  }
}
