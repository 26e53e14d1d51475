package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.PendingPositive;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.cases.entity.CaseContact;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffScope;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reads and writes of cases, their contacts and runs, so the boundary holds the use cases and
 * no queries. A plain CDI bean: it works in the boundary's transaction and persistence context,
 * adding no transaction or exception handling of its own.
 */
@Dependent
public class CaseStore {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** Open positive results in reach whose person is not yet a case, newest first. */
  public List<PendingPositive> pendingPositives(StaffScope who, int max) {
    return inReach(
            who,
            "select c, h.startedAt, h.sourceRef from HealthCondition h, Citizen c"
                + " where c.id = h.citizenId and h.type = :positive and h.endedAt is null"
                + " and not exists (select k.id from ConfirmedCase k"
                + " where k.citizenId = c.id and k.status = 'OPEN')",
            "c.districtCode",
            " order by h.startedAt desc",
            Object[].class)
        .setParameter("positive", ConditionType.POSITIVE_RESULT)
        .setMaxResults(max)
        .getResultStream()
        .map(
            r -> {
              Citizen c = (Citizen) r[0];
              return new PendingPositive(
                  c.id(),
                  c.nameMasked(),
                  c.residentIdMasked(),
                  c.districtCode(),
                  (Instant) r[1],
                  (String) r[2]);
            })
        .toList();
  }

  /** Cases in reach, newest first. */
  public List<ConfirmedCase> casesInReach(StaffScope who, int max) {
    return inReach(
            who,
            "select k from ConfirmedCase k where 1 = 1",
            "k.districtCode",
            " order by k.confirmedAt desc, k.id desc",
            ConfirmedCase.class)
        .setMaxResults(max)
        .getResultList();
  }

  public ConfirmedCase caseById(long caseId) {
    return em.find(ConfirmedCase.class, caseId);
  }

  public Optional<ConfirmedCase> openCaseOf(long citizenId) {
    return em.createQuery(
            "select k from ConfirmedCase k where k.citizenId = :c and k.status = 'OPEN'",
            ConfirmedCase.class)
        .setParameter("c", citizenId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The row lock makes two officers marking the same person at once produce one case. */
  public Citizen lockCitizen(long citizenId) {
    return em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
  }

  public Citizen citizen(long citizenId) {
    return em.find(Citizen.class, citizenId);
  }

  /** Stores a new case and flushes, so it has its id. */
  public void add(ConfirmedCase theCase) {
    em.persist(theCase);
    em.flush();
  }

  public void add(CaseContact contact) {
    em.persist(contact);
  }

  public void flush() {
    em.flush();
  }

  public TraceRun run(long runId) {
    return em.find(TraceRun.class, runId);
  }

  public Optional<TraceRun> latestRun(long caseId, ContactKind kind) {
    return em.createQuery(
            "select r from TraceRun r where r.caseId = :case and r.kind = :kind"
                + " order by r.id desc",
            TraceRun.class)
        .setParameter("case", caseId)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<Long> contactsOf(long caseId, ContactKind kind) {
    return em.createQuery(
            "select c.citizenId from CaseContact c where c.caseId = :case and c.kind = :kind",
            Long.class)
        .setParameter("case", caseId)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** Those of {@code people} already decided as a contact of this case, whatever the kind. */
  public Set<Long> decidedAmong(long caseId, Collection<Long> people) {
    return new HashSet<>(
        em.createQuery(
                "select c.citizenId from CaseContact c where c.caseId = :case"
                    + " and c.citizenId in :people",
                Long.class)
            .setParameter("case", caseId)
            .setParameter("people", people)
            .getResultList());
  }

  public CaseView view(ConfirmedCase k, Citizen c) {
    List<Object[]> counts =
        em.createQuery(
                "select c.kind, count(c) from CaseContact c where c.caseId = :case group by c.kind",
                Object[].class)
            .setParameter("case", k.id())
            .getResultList();
    long close = 0;
    long secondary = 0;
    for (Object[] row : counts) {
      if (row[0] == ContactKind.CLOSE) {
        close = (Long) row[1];
      } else {
        secondary = (Long) row[1];
      }
    }
    return new CaseView(
        k.id(),
        k.citizenId(),
        c.nameMasked(),
        c.residentIdMasked(),
        k.districtCode(),
        k.source(),
        k.note(),
        k.confirmedAt(),
        k.confirmedBy(),
        k.status(),
        c.colour(),
        close,
        secondary);
  }

  /** The query as is for city admins; limited to the officer's district for district staff. */
  private <T> TypedQuery<T> inReach(
      StaffScope who, String query, String districtPath, String orderBy, Class<T> type) {
    if (who.role() == StaffScope.Role.CITY_ADMIN) {
      return em.createQuery(query + orderBy, type);
    }
    return em.createQuery(query + " and " + districtPath + " = :district" + orderBy, type)
        .setParameter("district", who.districtCode());
  }
}
