package com.onecodepass.triprecord.riskarea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How far applying a published area has got: the bookkeeping of the apply job (AreaRunner), kept
 * apart from the decision itself. Its columns live on the area's row, so a run's progress commits
 * with the batch it counts and any node can resume it (AreaSweep claims a run by its heartbeat).
 */
@Embeddable
public class RiskAreaRun {

  @Column(name = "apply_total")
  private Long total;

  @Column(name = "apply_done", nullable = false)
  private long done;

  @Column(name = "apply_recorded", nullable = false)
  private long recorded;

  @Column(name = "apply_started_at")
  private Instant startedAt;

  @Column(name = "apply_heartbeat")
  private Instant heartbeat;

  @Column(name = "covered_until")
  private Instant coveredUntil;

  /** A new run (first or resumed) counts from zero again; nobody is recorded twice. */
  void start(Long total, Instant now) {
    this.total = total;
    done = 0;
    startedAt = now;
    heartbeat = now;
  }

  void progress(long done, long recorded, Instant now) {
    this.done = done;
    this.recorded += recorded;
    heartbeat = now;
  }

  void covered(Instant until, Instant now) {
    coveredUntil = until;
    heartbeat = now;
  }

  /** Later check-ins recorded by the periodic top-up. */
  void toppedUp(long recorded, Instant coveredUntil) {
    this.recorded += recorded;
    this.coveredUntil = coveredUntil;
  }

  void beat(Instant now) {
    heartbeat = now;
  }

  public Long total() {
    return total;
  }

  public long done() {
    return done;
  }

  public long recorded() {
    return recorded;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant heartbeat() {
    return heartbeat;
  }

  public Instant coveredUntil() {
    return coveredUntil;
  }
}
