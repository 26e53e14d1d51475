package com.onecodepass.codeissue.code.control;

import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What warming the code cache reads, a page of people at a time: two grouped statements. */
@Dependent
public class WarmingReads {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** Up to {@code max} people from id {@code fromId} on, by id. */
  public List<Citizen> page(long fromId, int max) {
    return em.createQuery(
            "select c from Citizen c where c.id >= :from order by c.id", Citizen.class)
        .setParameter("from", fromId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Each person's latest negative sample, for those who have one. */
  public Map<Long, Instant> latestNegatives(List<Long> citizenIds) {
    Map<Long, Instant> latest = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.citizenId, max(t.sampleTime) from TestResult t where t.citizenId in :ids"
                    + " and t.result = :neg group by t.citizenId",
                Object[].class)
            .setParameter("ids", citizenIds)
            .setParameter("neg", TestResult.Outcome.NEGATIVE)
            .getResultList()) {
      latest.put((Long) row[0], (Instant) row[1]);
    }
    return latest;
  }
}
