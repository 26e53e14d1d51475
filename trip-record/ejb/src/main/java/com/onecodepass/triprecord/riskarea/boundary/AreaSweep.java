package com.onecodepass.triprecord.riskarea.boundary;

import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.riskarea.control.ApplyLedger;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute on every node: expires areas whose period is over, resumes runs whose node stopped
 * beating (a claim on the heartbeat lets exactly one node take each over), and records the areas in
 * force for people who checked in since the last pass. Every step is idempotent.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AreaSweep {

  static final Duration STALE = Duration.ofMinutes(3);
  static final Duration TOP_UP_EVERY = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(AreaSweep.class.getName());

  @EJB ApplyLedger ledger;
  @EJB AreaRunner runner;

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void sweep() {
    try {
      run(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "risk area sweep failed; next minute retries", e);
    }
  }

  void run(Instant now) {
    List<RiskArea> areas =
        ledger.withStatus(
            List.of(
                RiskAreaStatus.PUBLISHED,
                RiskAreaStatus.APPLIED,
                RiskAreaStatus.WITHDRAWN,
                RiskAreaStatus.EXPIRED));
    for (RiskArea area : areas) {
      long id = area.id();
      boolean stale =
          area.applyHeartbeat() == null || area.applyHeartbeat().isBefore(now.minus(STALE));
      if (area.status().inForce()
          && area.effectiveUntil() != null
          && area.effectiveUntil().isBefore(now)) {
        if (ledger.expire(id)) {
          runner.end(id);
        }
      } else if (area.status() == RiskAreaStatus.PUBLISHED && stale) {
        if (ledger.claim(id, area.applyHeartbeat())) {
          LOG.info(() -> "resuming risk area " + id);
          runner.apply(id);
        }
      } else if (area.endingPending() && !area.status().inForce() && stale) {
        if (ledger.claim(id, area.applyHeartbeat())) {
          runner.end(id);
        }
      } else if (area.status() == RiskAreaStatus.APPLIED
          && area.coveredUntil() != null
          && area.coveredUntil().isBefore(now.minus(TOP_UP_EVERY))
          && ledger.claim(id, area.applyHeartbeat())) {
        runner.topUp(id);
      }
    }
  }
}
