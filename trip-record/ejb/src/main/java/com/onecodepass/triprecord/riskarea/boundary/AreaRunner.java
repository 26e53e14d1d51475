package com.onecodepass.triprecord.riskarea.boundary;

import com.onecodepass.codeissue.api.rules.AreaConditions;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.riskarea.control.ApplyLedger;
import com.onecodepass.triprecord.riskarea.control.AreaVisits;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies and ends risk areas in the background: EJB {@code @Asynchronous} on the container's pool,
 * each batch of {@link #BATCH} people one transaction in code-issue. Chosen over Jakarta Batch
 * because the state a restart needs (status, heartbeat, counts) already lives on the area row, and
 * WildFly's batch job repository is in memory unless configured per node; chosen over a bare
 * ManagedExecutorService because EJB methods give each step its container transaction. Idempotent
 * by construction (one condition per person and area), so a crashed run is simply started again by
 * {@link AreaSweep}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AreaRunner {

  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(AreaRunner.class.getName());

  @EJB ApplyLedger ledger;
  @EJB AreaVisits visits;
  @EJB AreaConditions conditions;

  @Asynchronous
  public void apply(long id) {
    try {
      applyNow(id);
    } catch (RuntimeException e) {
      // The heartbeat stops; the sweep resumes the run on some node in a few minutes.
      LOG.log(Level.WARNING, "applying risk area " + id + " stopped", e);
    }
  }

  /** The whole run in the calling thread (the sweep's resume and the tests use it). */
  public void applyNow(long id) {
    RiskArea area = ledger.read(id);
    if (area == null || area.status() != RiskAreaStatus.PUBLISHED) {
      return;
    }
    Instant to = area.visitsUntil(Instant.now());
    Optional<ConditionType> type = area.level().condition();
    Map<Long, Instant> people =
        type.isEmpty()
            ? Map.of()
            : visits.firstVisits(visits.venues(area), area.effectiveFrom(), to);
    ledger.startRun(id, people.size());
    boolean finished =
        recordAll(
            area,
            people,
            (done, recorded) -> ledger.progress(id, done, recorded) == RiskAreaStatus.PUBLISHED);
    if (!finished) {
      // Withdrawn or expired while applying: undo what this run recorded, then stop.
      endNow(id);
      return;
    }
    ledger.applied(id, to);
  }

  /**
   * Records the area for {@code people} in batches of {@link #BATCH}, in id order, telling {@code
   * after} each batch's progress; stops early when it answers false.
   *
   * @return whether every batch ran
   */
  private boolean recordAll(RiskArea area, Map<Long, Instant> people, Progress after) {
    List<Long> ids = people.keySet().stream().sorted().toList();
    for (int from = 0; from < ids.size(); from += BATCH) {
      Map<CitizenId, Instant> batch = new LinkedHashMap<>();
      for (Long citizen : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
        batch.put(CitizenId.of(citizen), people.get(citizen));
      }
      var recorded =
          conditions.record(
              area.level().condition().orElseThrow(),
              area.sourceRef(),
              batch,
              area.publishedBy(),
              note(area));
      if (!after.next(Math.min(ids.size(), from + BATCH), recorded.recorded())) {
        return false;
      }
    }
    return true;
  }

  /** What a run does after each batch; false stops it. */
  private interface Progress {
    boolean next(long done, long recorded);
  }

  /** Records the area for people who checked in since the last run (periodic, idempotent). */
  public void topUp(long id) {
    RiskArea area = ledger.read(id);
    if (area == null
        || area.status() != RiskAreaStatus.APPLIED
        || area.coveredUntil() == null
        || area.level().condition().isEmpty()) {
      return;
    }
    Instant to = area.visitsUntil(Instant.now());
    // A minute of overlap: a check-in committed late with an earlier time is not missed.
    Instant from = max(area.effectiveFrom(), area.coveredUntil().minus(Duration.ofMinutes(1)));
    Map<Long, Instant> people = visits.firstVisits(visits.venues(area), from, to);
    long[] recorded = {0};
    recordAll(
        area,
        people,
        (done, added) -> {
          recorded[0] += added;
          return true;
        });
    ledger.toppedUp(id, recorded[0], to);
  }

  @Asynchronous
  public void end(long id) {
    try {
      endNow(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "ending risk area " + id + " stopped", e);
    }
  }

  public void endNow(long id) {
    RiskArea area = ledger.read(id);
    if (area == null) {
      return;
    }
    String reason =
        area.status() == RiskAreaStatus.EXPIRED ? "RISK_AREA_EXPIRED" : "RISK_AREA_WITHDRAWN";
    String staff = area.endedBy() == null ? area.publishedBy() : area.endedBy();
    while (conditions.endSome(area.sourceRef(), reason, staff, note(area), BATCH) > 0) {
      ledger.heartbeat(id);
    }
    ledger.endingDone(id);
  }

  /** The reason every colour change shows: which area, by its public id and name. */
  static String note(RiskArea area) {
    return "risk area " + area.view().publicId() + " " + area.name();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
