package com.onecodepass.codeissue.code.boundary;

import com.onecodepass.codeissue.api.code.CodeCacheWarming;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.testing.entity.TestResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two grouped reads (people, their latest negatives) and one pipelined cache write per call. */
@Stateless
public class CodeCacheWarmingService implements CodeCacheWarming {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject CodeStates states;

  @Override
  public long warm(long fromId, int max) {
    List<Citizen> people =
        em.createQuery("select c from Citizen c where c.id >= :from order by c.id", Citizen.class)
            .setParameter("from", fromId)
            .setMaxResults(max)
            .getResultList();
    if (people.isEmpty()) {
      return -1;
    }
    Map<Long, Instant> latest = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.citizenId, max(t.sampleTime) from TestResult t where t.citizenId in :ids"
                    + " and t.result = :neg group by t.citizenId",
                Object[].class)
            .setParameter("ids", people.stream().map(Citizen::id).toList())
            .setParameter("neg", TestResult.Outcome.NEGATIVE)
            .getResultList()) {
      latest.put((Long) row[0], (Instant) row[1]);
    }
    states.putAll(people, latest);
    return people.get(people.size() - 1).id() + 1;
  }
}
