package com.onecodepass.triprecord.riskarea.entity;

import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A risk area, its period, who decided what, and how far applying it has got. */
@Entity
@Table(name = "risk_area")
public class RiskArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 6)
  private RiskAreaLevel level;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private RiskAreaKind kind;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Column(length = 100)
  private String place;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "risk_area_venue", joinColumns = @JoinColumn(name = "area_id"))
  @Column(name = "venue_id")
  private List<Long> venueIds = new ArrayList<>();

  @Column(name = "effective_from", nullable = false)
  private Instant effectiveFrom;

  @Column(name = "effective_until")
  private Instant effectiveUntil;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private RiskAreaStatus status;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "preview_people")
  private Long previewPeople;

  @Column(name = "preview_changing")
  private Long previewChanging;

  @Column(name = "previewed_at")
  private Instant previewedAt;

  @Embedded private RiskAreaRun run = new RiskAreaRun();

  @Column(name = "ending_pending", nullable = false)
  private boolean endingPending;

  protected RiskArea() {}

  public RiskArea(
      String name,
      RiskAreaLevel level,
      RiskAreaKind kind,
      String districtCode,
      String place,
      List<Long> venueIds,
      Instant effectiveFrom,
      Instant effectiveUntil,
      String createdBy,
      Instant now) {
    this.name = name;
    this.level = level;
    this.kind = kind;
    this.districtCode = districtCode;
    this.place = place;
    this.venueIds = new ArrayList<>(venueIds);
    this.effectiveFrom = effectiveFrom;
    this.effectiveUntil = effectiveUntil;
    this.status = RiskAreaStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void previewed(long people, long changing, Instant at) {
    previewPeople = people;
    previewChanging = changing;
    previewedAt = at;
  }

  /**
   * Publishing needs a draft that was previewed (officers see who changes colour before they
   * decide) and a period not over yet; the apply run starts with it.
   */
  public void publish(String staff, Instant now) {
    if (status != RiskAreaStatus.DRAFT) {
      throw new RiskAreaException("risk.notDraft");
    }
    if (previewedAt == null) {
      throw new RiskAreaException("risk.previewFirst");
    }
    if (effectiveUntil != null && effectiveUntil.isBefore(now)) {
      throw new RiskAreaException("risk.alreadyOver");
    }
    status = RiskAreaStatus.PUBLISHED;
    publishedBy = staff;
    publishedAt = now;
    run.start(null, now);
  }

  /** A draft or an area in force may be withdrawn; its conditions are then ended (pending). */
  public void withdraw(String staff, Instant now) {
    if (status != RiskAreaStatus.DRAFT && !status.inForce()) {
      throw new RiskAreaException("risk.notWithdrawable");
    }
    end(RiskAreaStatus.WITHDRAWN, staff, now);
    run.beat(now);
  }

  /** A new apply run (first or resumed): it counts from zero again; nobody is recorded twice. */
  public void startRun(long total, Instant now) {
    run.start(total, now);
  }

  public void progress(long done, long recorded, Instant now) {
    run.progress(done, recorded, now);
  }

  public void applied(Instant coveredUntil, Instant now) {
    if (status == RiskAreaStatus.PUBLISHED) {
      status = RiskAreaStatus.APPLIED;
    }
    run.covered(coveredUntil, now);
  }

  /** Later check-ins recorded by the periodic top-up. */
  public void toppedUp(long recorded, Instant coveredUntil) {
    run.toppedUp(recorded, coveredUntil);
  }

  public void end(RiskAreaStatus how, String staff, Instant now) {
    endingPending = status.inForce();
    status = how;
    endedBy = staff;
    endedAt = now;
  }

  public void endingDone() {
    endingPending = false;
  }

  public void heartbeat(Instant now) {
    run.beat(now);
  }

  public RiskAreaView view() {
    return new RiskAreaView(
        id,
        name,
        level,
        kind,
        districtCode,
        place,
        List.copyOf(venueIds),
        effectiveFrom,
        effectiveUntil,
        status,
        createdBy,
        createdAt,
        publishedBy,
        publishedAt,
        endedBy,
        endedAt,
        previewPeople,
        previewChanging,
        run.total(),
        run.done(),
        run.recorded(),
        run.startedAt(),
        run.heartbeat(),
        endingPending);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public RiskAreaLevel level() {
    return level;
  }

  public RiskAreaKind kind() {
    return kind;
  }

  public String districtCode() {
    return districtCode;
  }

  public String place() {
    return place;
  }

  public List<Long> venueIds() {
    return List.copyOf(venueIds);
  }

  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  public Instant effectiveUntil() {
    return effectiveUntil;
  }

  public RiskAreaStatus status() {
    return status;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public String endedBy() {
    return endedBy;
  }

  public Instant previewedAt() {
    return previewedAt;
  }

  public RiskAreaRun run() {
    return run;
  }

  public Instant applyHeartbeat() {
    return run.heartbeat();
  }

  public Instant coveredUntil() {
    return run.coveredUntil();
  }

  public boolean endingPending() {
    return endingPending;
  }

  /** Visits count up to the end of the period, or up to {@code now} while it lasts. */
  public Instant visitsUntil(Instant now) {
    return effectiveUntil == null || effectiveUntil.isAfter(now) ? now : effectiveUntil;
  }

  /** The source reference every condition this area records carries. */
  public String sourceRef() {
    return "risk-area:" + id;
  }
}
