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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * Keeps a tracing report as a run (copied, so a later review reads what the officer decided on even
 * after check-ins expire) and reads it back with each person's current colour and decision.
 */
@Stateless
public class RunRecorder {

  /** The most people a run's review shows, closest first. */
  public static final int SHOWN = 2_000;

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
            who.username(),
            report.contacts().size());
    em.persist(run);
    em.flush();
    // The closest people only, as one batch of plain inserts (the driver rewrites it into
    // multi-row INSERTs): a city-density trace finds ~220,000 people, which one persist each took
    // ~15 s to store, for a review that shows the closest SHOWN.
    List<FoundContact> kept =
        report.contacts().stream()
            .sorted(
                Comparator.comparingLong(RunRecorder::minutes)
                    .reversed()
                    .thenComparingLong(f -> f.citizenId().value()))
            .limit(SHOWN)
            .toList();
    em.unwrap(Session.class).doWork(c -> insertOverlaps(c, run.id(), kept));
    return run;
  }

  private static long minutes(FoundContact contact) {
    return contact.overlaps().stream().mapToLong(TracedOverlap::minutes).sum();
  }

  private static void insertOverlaps(Connection c, long runId, List<FoundContact> kept)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO trace_overlap (run_id, citizen_id, venue_id, venue_name, venue_district,"
                + " transit, source_citizen_id, source_at, contact_at, minutes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (FoundContact contact : kept) {
        for (TracedOverlap o : contact.overlaps()) {
          insert.setLong(1, runId);
          insert.setLong(2, contact.citizenId().value());
          insert.setLong(3, o.venueId());
          insert.setString(4, clip(o.venueName()));
          insert.setString(5, o.venueDistrict() == null ? null : o.venueDistrict().value());
          insert.setBoolean(6, o.transit());
          insert.setLong(7, o.sourceCitizenId().value());
          insert.setTimestamp(8, Timestamp.from(o.sourceAt()), utc());
          insert.setTimestamp(9, Timestamp.from(o.contactAt()), utc());
          insert.setLong(10, o.minutes());
          insert.addBatch();
          if (++pending == 2_000) {
            insert.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }

  public Set<Long> peopleIn(long runId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct o.citizenId from TraceOverlapRow o where o.runId = :run",
                Long.class)
            .setParameter("run", runId)
            .getResultList());
  }

  /**
   * The run as an officer reviews it: the people it kept — the {@link #SHOWN} with the most overlap
   * minutes (a crowd at a busy venue can be 200,000 people; one by one is not how it is handled) —
   * and how many it found in all.
   */
  public TraceRunView view(TraceRun run, long caseId) {
    Map<Long, List<TracedOverlap>> byPerson = new LinkedHashMap<>();
    readOverlaps(run, byPerson);
    return view(run, caseId, byPerson, Math.max(run.peopleFound(), byPerson.size()));
  }

  private void readOverlaps(TraceRun run, Map<Long, List<TracedOverlap>> byPerson) {
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
  }

  private TraceRunView view(
      TraceRun run, long caseId, Map<Long, List<TracedOverlap>> byPerson, int peopleFound) {
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
        List.copyOf(found),
        peopleFound);
  }

  private static String clip(String name) {
    String n = name == null ? "" : name;
    return n.length() > 120 ? n.substring(0, 120) : n;
  }
}
