package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The area row as the background runs see it: each step commits on its own, so progress is visible
 * on every node at once and a node that dies leaves a heartbeat others can take over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ApplyLedger {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  public RiskArea read(long id) {
    RiskArea area = em.find(RiskArea.class, id);
    if (area != null) {
      em.detach(area);
    }
    return area;
  }

  public void startRun(long id, long total) {
    em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE).startRun(total, Instant.now());
  }

  /**
   * @return the status now, so a run stops when the area was withdrawn meanwhile
   */
  public RiskAreaStatus progress(long id, long done, long recorded) {
    RiskArea area = em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE);
    area.progress(done, recorded, Instant.now());
    return area.status();
  }

  public void applied(long id, Instant coveredUntil) {
    em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE)
        .applied(coveredUntil, Instant.now());
  }

  public void toppedUp(long id, long recorded, Instant coveredUntil) {
    em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE).toppedUp(recorded, coveredUntil);
  }

  public void heartbeat(long id) {
    em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE).heartbeat(Instant.now());
  }

  public void endingDone(long id) {
    em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE).endingDone();
  }

  /**
   * Takes over a run whose heartbeat is {@code seen}: only one node's update matches, so only one
   * node resumes it.
   */
  public boolean claim(long id, Instant seen) {
    RiskArea area = em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (area == null || area.applyHeartbeat() == null || !area.applyHeartbeat().equals(seen)) {
      return false;
    }
    area.heartbeat(Instant.now());
    return true;
  }

  /** Ends an area whose period is over; false if it was no longer in force. */
  public boolean expire(long id) {
    RiskArea area = em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (area == null || !area.status().inForce()) {
      return false;
    }
    area.end(RiskAreaStatus.EXPIRED, "system", Instant.now());
    area.heartbeat(Instant.now());
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<RiskArea> withStatus(List<RiskAreaStatus> statuses) {
    return em.createQuery("select a from RiskArea a where a.status in :s", RiskArea.class)
        .setParameter("s", statuses)
        .getResultList();
  }
}
