package com.onecodepass.codeissue.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One overlap a run found, copied from trip-record so the run reads the same later. */
@Entity
@Table(name = "trace_overlap")
public class TraceOverlapRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "venue_id", nullable = false)
  private long venueId;

  @Column(name = "venue_name", nullable = false, length = 120)
  private String venueName;

  @Column(name = "venue_district", length = 6)
  private String venueDistrict;

  @Column(nullable = false)
  private boolean transit;

  @Column(name = "source_citizen_id", nullable = false)
  private long sourceCitizenId;

  @Column(name = "source_at", nullable = false)
  private Instant sourceAt;

  @Column(name = "contact_at", nullable = false)
  private Instant contactAt;

  @Column(nullable = false)
  private long minutes;

  protected TraceOverlapRow() {}

  public TraceOverlapRow(
      long runId,
      long citizenId,
      long venueId,
      String venueName,
      String venueDistrict,
      boolean transit,
      long sourceCitizenId,
      Instant sourceAt,
      Instant contactAt,
      long minutes) {
    this.runId = runId;
    this.citizenId = citizenId;
    this.venueId = venueId;
    this.venueName = venueName;
    this.venueDistrict = venueDistrict;
    this.transit = transit;
    this.sourceCitizenId = sourceCitizenId;
    this.sourceAt = sourceAt;
    this.contactAt = contactAt;
    this.minutes = minutes;
  }

  public long citizenId() {
    return citizenId;
  }

  public long venueId() {
    return venueId;
  }

  public String venueName() {
    return venueName;
  }

  public String venueDistrict() {
    return venueDistrict;
  }

  public boolean transit() {
    return transit;
  }

  public long sourceCitizenId() {
    return sourceCitizenId;
  }

  public Instant sourceAt() {
    return sourceAt;
  }

  public Instant contactAt() {
    return contactAt;
  }

  public long minutes() {
    return minutes;
  }
}
