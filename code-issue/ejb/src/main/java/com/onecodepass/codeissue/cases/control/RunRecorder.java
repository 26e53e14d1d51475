package com.onecodepass.codeissue.cases.control;

import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.codeissue.api.cases.TracedPerson;
import com.onecodepass.codeissue.api.contacts.ContactReport;
import com.onecodepass.codeissue.api.contacts.FoundContact;
import com.onecodepass.codeissue.cases.entity.TraceOverlapRow;
import com.onecodepass.codeissue.cases.entity.TraceRun;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.DistrictCode;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a tracing report as a run (copied, so a later review reads what the officer decided on even
 * after check-ins expire) and reads it back with each person's current colour and decision.
 */
@Stateless
public class RunRecorder {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  public TraceRun keep(
      long caseId,
      ContactKind kind,
      int days,
      int windowMinutes,
      ContactReport report,
      StaffScope who) {
    TraceRun run =
        new TraceRun(
            caseId,
            kind,
            days,
            windowMinutes,
            report.from(),
            report.to(),
            report.sourceVisits(),
            Instant.now(),
            who.username());
    em.persist(run);
    em.flush();
    for (FoundContact contact : report.contacts()) {
      for (TracedOverlap o : contact.overlaps()) {
        em.persist(
            new TraceOverlapRow(
                run.id(),
                contact.citizenId().value(),
                o.venueId(),
                clip(o.venueName()),
                o.venueDistrict() == null ? null : o.venueDistrict().value(),
                o.transit(),
                o.sourceCitizenId().value(),
                o.sourceAt(),
                o.contactAt(),
                o.minutes()));
      }
    }
    em.flush();
    return run;
  }

  public Set<Long> peopleIn(long runId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct o.citizenId from TraceOverlapRow o where o.runId = :run",
                Long.class)
            .setParameter("run", runId)
            .getResultList());
  }

  public TraceRunView view(TraceRun run, long caseId) {
    Map<Long, List<TracedOverlap>> byPerson = new LinkedHashMap<>();
    em.createQuery(
            "select o from TraceOverlapRow o where o.runId = :run order by o.contactAt",
            TraceOverlapRow.class)
        .setParameter("run", run.id())
        .getResultStream()
        .forEach(
            o ->
                byPerson
                    .computeIfAbsent(o.citizenId(), k -> new ArrayList<>())
                    .add(
                        new TracedOverlap(
                            o.venueId(),
                            o.venueName(),
                            o.venueDistrict() == null ? null : DistrictCode.of(o.venueDistrict()),
                            o.transit(),
                            CitizenId.of(o.sourceCitizenId()),
                            o.sourceAt(),
                            o.contactAt(),
                            o.minutes())));
    Map<Long, ContactKind> decided = new HashMap<>();
    Map<Long, Citizen> people = new HashMap<>();
    if (!byPerson.isEmpty()) {
      em.createQuery(
              "select c.citizenId, c.kind from CaseContact c where c.caseId = :case"
                  + " and c.citizenId in :people",
              Object[].class)
          .setParameter("case", caseId)
          .setParameter("people", byPerson.keySet())
          .getResultStream()
          .forEach(r -> decided.put((Long) r[0], (ContactKind) r[1]));
      em.createQuery("select c from Citizen c where c.id in :people", Citizen.class)
          .setParameter("people", byPerson.keySet())
          .getResultStream()
          .forEach(c -> people.put(c.id(), c));
    }
    List<TracedPerson> found = new ArrayList<>();
    byPerson.forEach(
        (id, overlaps) -> {
          Citizen c = people.get(id);
          found.add(
              new TracedPerson(
                  id,
                  c == null ? null : c.nameMasked(),
                  c == null ? null : c.residentIdMasked(),
                  c == null ? null : c.districtCode(),
                  c == null ? null : c.colour(),
                  decided.get(id),
                  overlaps.stream().mapToLong(TracedOverlap::minutes).sum(),
                  List.copyOf(overlaps)));
        });
    found.sort(
        Comparator.comparingLong(TracedPerson::totalMinutes)
            .reversed()
            .thenComparingLong(TracedPerson::citizenId));
    return new TraceRunView(
        run.id(),
        run.caseId(),
        run.kind(),
        run.days(),
        run.windowMinutes(),
        run.tracedFrom(),
        run.tracedTo(),
        run.sourceVisits(),
        run.ranAt(),
        run.ranBy(),
        List.copyOf(found));
  }

  private static String clip(String name) {
    String n = name == null ? "" : name;
    return n.length() > 120 ? n.substring(0, 120) : n;
  }
}
