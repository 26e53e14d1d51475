package com.onecodepass.codeissue.cases.entity;

import com.onecodepass.codeissue.api.cases.ContactKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One tracing run for a case, kept so the officer's review and decisions refer to fixed data. */
@Entity
@Table(name = "trace_run")
public class TraceRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private ContactKind kind;

  @Column(nullable = false)
  private int days;

  @Column(name = "window_minutes", nullable = false)
  private int windowMinutes;

  @Column(name = "traced_from", nullable = false)
  private Instant tracedFrom;

  @Column(name = "traced_to", nullable = false)
  private Instant tracedTo;

  @Column(name = "source_visits", nullable = false)
  private int sourceVisits;

  @Column(name = "ran_at", nullable = false)
  private Instant ranAt;

  @Column(name = "ran_by", nullable = false, length = 40)
  private String ranBy;

  /** Everyone the run found; it keeps the closest of them (0 for runs kept before V16). */
  @Column(name = "people_found", nullable = false)
  private int peopleFound;

  protected TraceRun() {}

  public TraceRun(
      long caseId,
      ContactKind kind,
      int days,
      int windowMinutes,
      Instant tracedFrom,
      Instant tracedTo,
      int sourceVisits,
      Instant ranAt,
      String ranBy,
      int peopleFound) {
    this.caseId = caseId;
    this.kind = kind;
    this.days = days;
    this.windowMinutes = windowMinutes;
    // Whole seconds, as the database round-trips them: the run reads back exactly as it was first
    // shown.
    this.tracedFrom = tracedFrom.truncatedTo(ChronoUnit.SECONDS);
    this.tracedTo = tracedTo.truncatedTo(ChronoUnit.SECONDS);
    this.sourceVisits = sourceVisits;
    this.ranAt = ranAt.truncatedTo(ChronoUnit.SECONDS);
    this.ranBy = ranBy;
    this.peopleFound = peopleFound;
  }

  public int peopleFound() {
    return peopleFound;
  }

  public Long id() {
    return id;
  }

  public long caseId() {
    return caseId;
  }

  public ContactKind kind() {
    return kind;
  }

  public int days() {
    return days;
  }

  public int windowMinutes() {
    return windowMinutes;
  }

  public Instant tracedFrom() {
    return tracedFrom;
  }

  public Instant tracedTo() {
    return tracedTo;
  }

  public int sourceVisits() {
    return sourceVisits;
  }

  public Instant ranAt() {
    return ranAt;
  }

  public String ranBy() {
    return ranBy;
  }
}
