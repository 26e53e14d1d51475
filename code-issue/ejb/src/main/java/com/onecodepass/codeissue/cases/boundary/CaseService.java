package com.onecodepass.codeissue.cases.boundary;

import com.onecodepass.codeissue.api.CaseSource;
import com.onecodepass.codeissue.api.CaseView;
import com.onecodepass.codeissue.api.Cases;
import com.onecodepass.codeissue.api.CitizenDirectory;
import com.onecodepass.codeissue.api.ConditionSource;
import com.onecodepass.codeissue.api.ConditionType;
import com.onecodepass.codeissue.api.ContactKind;
import com.onecodepass.codeissue.api.HealthRecords;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.PendingPositive;
import com.onecodepass.codeissue.api.TraceRunView;
import com.onecodepass.codeissue.cases.control.CaseAudit;
import com.onecodepass.codeissue.cases.control.RunRecorder;
import com.onecodepass.codeissue.cases.entity.CaseContact;
import com.onecodepass.codeissue.cases.entity.ConfirmedCase;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.Tracing;
import com.onecodepass.triprecord.api.TracingReport;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Case work for district officers. The reach check comes first in every method and refuses with an
 * audit entry; every read of people and every decision is audited in the same transaction.
 */
@Stateless
public class CaseService implements Cases {

  static final int MAX_PEOPLE_PER_CONFIRM = 500;
  static final int NOTE_LENGTH = 300;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB HealthRecords records;
  @EJB CitizenDirectory directory;
  @EJB Tracing tracing;
  @EJB CaseAudit audit;
  @EJB RunRecorder runs;

  @Override
  public List<PendingPositive> pendingPositives(StaffScope who, String clientAddress) {
    audit.requireOfficer(who, clientAddress, "cases.positives");
    TypedQuery<Object[]> query =
        inReach(
            who,
            "select c, h.startedAt, h.sourceRef from HealthCondition h, Citizen c"
                + " where c.id = h.citizenId and h.type = :positive and h.endedAt is null"
                + " and not exists (select k.id from ConfirmedCase k"
                + " where k.citizenId = c.id and k.status = 'OPEN')",
            "c.districtCode",
            " order by h.startedAt desc",
            Object[].class);
    List<PendingPositive> result =
        query
            .setParameter("positive", ConditionType.POSITIVE_RESULT)
            .setMaxResults(100)
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
    audit.record(who, clientAddress, "cases.positives.read", result.size() + " people", "worklist");
    return result;
  }

  @Override
  public CaseView markByResidentId(
      StaffScope who, String clientAddress, String residentId, CaseSource source, String note) {
    audit.requireOfficer(who, clientAddress, "cases.mark");
    if (residentId == null || residentId.isBlank()) {
      throw new InvalidInputException("residentId", "cases.residentIdRequired", "no resident ID");
    }
    Optional<Long> found = directory.idOf(residentId.strip().toUpperCase(java.util.Locale.ROOT));
    if (found.isEmpty()) {
      refuseUnlessCityAdmin(who, clientAddress, "cases.mark", "resident id (none)");
    }
    long citizenId =
        found.orElseThrow(
            () ->
                new InvalidInputException(
                    "residentId", "cases.unknownPerson", "nobody registered with this ID"));
    return mark(who, clientAddress, citizenId, source, note);
  }

  @Override
  public CaseView mark(
      StaffScope who, String clientAddress, long citizenId, CaseSource source, String note) {
    audit.requireOfficer(who, clientAddress, "cases.mark");
    if (source == null) {
      throw new InvalidInputException("source", "cases.sourceRequired", "no case source");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > NOTE_LENGTH) {
      throw new InvalidInputException("note", "cases.noteTooLong", "note too long");
    }
    // The row lock makes two officers marking the same person at once produce one case.
    Citizen citizen = em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
    if (citizen == null) {
      refuseUnlessCityAdmin(who, clientAddress, "cases.mark", "citizen#" + citizenId + " (none)");
      throw new InvalidInputException("residentId", "cases.unknownPerson", "no such citizen");
    }
    audit.requireReach(
        who, clientAddress, "cases.mark", citizen.districtCode(), CaseAudit.person(citizen));
    Optional<ConfirmedCase> open = openCaseOf(citizenId);
    if (open.isPresent()) {
      audit.record(
          who,
          clientAddress,
          "cases.mark.existing",
          CaseAudit.caseRef(open.get().id()),
          "already a case");
      return view(open.get(), citizen);
    }
    Instant now = Instant.now();
    ConfirmedCase theCase =
        new ConfirmedCase(
            citizenId, citizen.districtCode(), source, cleanNote, now, who.username());
    em.persist(theCase);
    em.flush();
    long condition =
        records.startCondition(
            citizenId,
            ConditionType.CONFIRMED_CASE,
            now,
            ConditionSource.STAFF,
            "case:" + theCase.id(),
            who.username(),
            "confirmed case #" + theCase.id() + " (" + source.name() + ")");
    theCase.recordedAs(condition);
    audit.record(
        who,
        clientAddress,
        "cases.mark",
        CaseAudit.caseRef(theCase.id()) + " " + CaseAudit.person(citizen),
        source.name());
    return view(theCase, em.find(Citizen.class, citizenId));
  }

  @Override
  public List<CaseView> list(StaffScope who, String clientAddress, int limit) {
    audit.requireOfficer(who, clientAddress, "cases.list");
    List<CaseView> cases =
        inReach(
                who,
                "select k from ConfirmedCase k where 1 = 1",
                "k.districtCode",
                " order by k.confirmedAt desc, k.id desc",
                ConfirmedCase.class)
            .setMaxResults(Math.max(1, Math.min(limit, 500)))
            .getResultStream()
            .map(k -> view(k, em.find(Citizen.class, k.citizenId())))
            .toList();
    audit.record(who, clientAddress, "cases.list.read", cases.size() + " cases", null);
    return cases;
  }

  @Override
  public CaseView find(StaffScope who, String clientAddress, long caseId) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.read");
    audit.record(who, clientAddress, "cases.read", CaseAudit.caseRef(caseId), null);
    return view(theCase, em.find(Citizen.class, theCase.citizenId()));
  }

  @Override
  public TraceRunView trace(
      StaffScope who, String clientAddress, long caseId, int days, int windowMinutes) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.trace");
    requireBounds(days, windowMinutes);
    TracingReport report =
        tracing.companions(
            who,
            clientAddress,
            theCase.citizenId(),
            Duration.ofDays(days),
            Duration.ofMinutes(windowMinutes));
    TraceRun run = runs.keep(theCase.id(), ContactKind.CLOSE, days, windowMinutes, report, who);
    audit.record(
        who,
        clientAddress,
        "cases.trace",
        CaseAudit.caseRef(caseId) + " run#" + run.id(),
        days + "d/" + windowMinutes + "min: " + report.companions().size() + " people");
    return runs.view(run, theCase.id());
  }

  @Override
  public TraceRunView traceSecondary(
      StaffScope who,
      String clientAddress,
      long caseId,
      Collection<Long> closeContacts,
      int days,
      int windowMinutes) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.traceSecondary");
    requireBounds(days, windowMinutes);
    List<Long> confirmedClose =
        em.createQuery(
                "select c.citizenId from CaseContact c where c.caseId = :case and c.kind = :kind",
                Long.class)
            .setParameter("case", caseId)
            .setParameter("kind", ContactKind.CLOSE)
            .getResultList();
    Set<Long> sources = new LinkedHashSet<>(confirmedClose);
    if (closeContacts != null && !closeContacts.isEmpty()) {
      if (!sources.containsAll(closeContacts)) {
        throw new InvalidInputException(
            "contacts", "cases.notCloseContact", "not a confirmed close contact of this case");
      }
      sources = new LinkedHashSet<>(closeContacts);
    }
    if (sources.isEmpty()) {
      throw new InvalidInputException(
          "contacts", "cases.noCloseContacts", "no confirmed close contacts yet");
    }
    Set<Long> excluded = new LinkedHashSet<>(confirmedClose);
    excluded.add(theCase.citizenId());
    TracingReport report =
        tracing.secondaryContacts(
            who,
            clientAddress,
            sources,
            excluded,
            Duration.ofDays(days),
            Duration.ofMinutes(windowMinutes));
    TraceRun run = runs.keep(theCase.id(), ContactKind.SECONDARY, days, windowMinutes, report, who);
    audit.record(
        who,
        clientAddress,
        "cases.traceSecondary",
        CaseAudit.caseRef(caseId) + " run#" + run.id(),
        sources.size() + " close contacts, " + report.companions().size() + " people");
    return runs.view(run, theCase.id());
  }

  @Override
  public Optional<TraceRunView> latestRun(
      StaffScope who, String clientAddress, long caseId, ContactKind kind) {
    caseInReach(who, clientAddress, caseId, "cases.review");
    Optional<TraceRun> run =
        em.createQuery(
                "select r from TraceRun r where r.caseId = :case and r.kind = :kind"
                    + " order by r.id desc",
                TraceRun.class)
            .setParameter("case", caseId)
            .setParameter("kind", kind)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    run.ifPresent(
        r ->
            audit.record(
                who,
                clientAddress,
                "cases.review.read",
                CaseAudit.caseRef(caseId) + " run#" + r.id(),
                kind.name()));
    return run.map(r -> runs.view(r, caseId));
  }

  @Override
  public int confirm(
      StaffScope who, String clientAddress, long caseId, long runId, Collection<Long> citizenIds) {
    ConfirmedCase theCase = caseInReach(who, clientAddress, caseId, "cases.confirm");
    TraceRun run = em.find(TraceRun.class, runId);
    if (run == null || run.caseId() != caseId) {
      throw new InvalidInputException("run", "cases.unknownRun", "no such run for this case");
    }
    if (citizenIds == null || citizenIds.isEmpty()) {
      throw new InvalidInputException("selection", "cases.nothingSelected", "nobody selected");
    }
    Set<Long> asked = new LinkedHashSet<>(citizenIds);
    if (asked.size() > MAX_PEOPLE_PER_CONFIRM) {
      throw new InvalidInputException("selection", "cases.tooMany", "too many people at once");
    }
    Set<Long> found = runs.peopleIn(runId);
    if (!found.containsAll(asked)) {
      throw new InvalidInputException(
          "selection", "cases.notInRun", "someone selected was not found by this run");
    }
    Set<Long> decided =
        new java.util.HashSet<>(
            em.createQuery(
                    "select c.citizenId from CaseContact c where c.caseId = :case"
                        + " and c.citizenId in :people",
                    Long.class)
                .setParameter("case", caseId)
                .setParameter("people", asked)
                .getResultList());
    ContactKind kind = run.kind();
    String reason =
        (kind == ContactKind.CLOSE ? "close contact" : "secondary contact") + " of case #" + caseId;
    Instant now = Instant.now();
    int confirmed = 0;
    for (long person : asked) {
      if (decided.contains(person) || person == theCase.citizenId()) {
        continue;
      }
      long condition =
          records.startCondition(
              person,
              kind.condition(),
              now,
              ConditionSource.STAFF,
              "case:" + caseId,
              who.username(),
              reason);
      em.persist(new CaseContact(caseId, person, kind, runId, condition, now, who.username()));
      Citizen citizen = em.find(Citizen.class, person);
      audit.record(
          who,
          clientAddress,
          "cases.confirm." + kind.name().toLowerCase(java.util.Locale.ROOT),
          CaseAudit.person(citizen),
          reason);
      confirmed++;
    }
    em.flush();
    return confirmed;
  }

  private ConfirmedCase caseInReach(
      StaffScope who, String clientAddress, long caseId, String action) {
    audit.requireOfficer(who, clientAddress, action);
    ConfirmedCase theCase = em.find(ConfirmedCase.class, caseId);
    if (theCase == null) {
      refuseUnlessCityAdmin(who, clientAddress, action, CaseAudit.caseRef(caseId) + " (none)");
      throw new InvalidInputException("case", "cases.unknownCase", "no such case");
    }
    audit.requireReach(
        who, clientAddress, action, theCase.districtCode(), CaseAudit.caseRef(caseId));
    return theCase;
  }

  /**
   * An id that names nothing is refused for district staff exactly as another district's would be
   * (only the audit entry differs), so ids cannot be probed; city admins see everything anyway.
   */
  private void refuseUnlessCityAdmin(
      StaffScope who, String clientAddress, String action, String target) {
    if (who.role() != StaffScope.Role.CITY_ADMIN) {
      audit.requireReach(who, clientAddress, action, null, target);
    }
  }

  private static void requireBounds(int days, int windowMinutes) {
    if (days < 1 || days > 60) {
      throw new InvalidInputException("days", "cases.days", "look-back must be 1 to 60 days");
    }
    if (windowMinutes < 1 || windowMinutes > 720) {
      throw new InvalidInputException("window", "cases.window", "window must be 1 to 720 minutes");
    }
  }

  private Optional<ConfirmedCase> openCaseOf(long citizenId) {
    return em.createQuery(
            "select k from ConfirmedCase k where k.citizenId = :c and k.status = 'OPEN'",
            ConfirmedCase.class)
        .setParameter("c", citizenId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
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

  private CaseView view(ConfirmedCase k, Citizen c) {
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
}
