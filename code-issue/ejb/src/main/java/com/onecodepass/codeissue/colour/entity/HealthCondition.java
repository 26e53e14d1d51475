package com.onecodepass.codeissue.colour.entity;

import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recorded fact that may colour a person's code, open until its exit is met or staff end it. */
@Entity
@Table(name = "health_condition")
@NamedQuery(
    name = HealthCondition.OPEN_OF_CITIZEN,
    query = "select c from HealthCondition c where c.citizenId = :citizen and c.endedAt is null")
@NamedQuery(
    name = HealthCondition.CITIZENS_WITH_OPEN,
    query = "select distinct c.citizenId from HealthCondition c where c.endedAt is null")
public class HealthCondition {

  public static final String OPEN_OF_CITIZEN = "HealthCondition.openOfCitizen";
  public static final String CITIZENS_WITH_OPEN = "HealthCondition.citizensWithOpen";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 32)
  private ConditionType type;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 32)
  private String endReason;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private ConditionSource source;

  @Column(name = "source_ref", length = 64)
  private String sourceRef;

  @Column(name = "recorded_by", length = 40)
  private String recordedBy;

  @Column(length = 300)
  private String note;

  protected HealthCondition() {}

  public HealthCondition(
      long citizenId,
      ConditionType type,
      Instant startedAt,
      ConditionSource source,
      String sourceRef,
      String recordedBy,
      String note) {
    if (type == ConditionType.PERIODIC_TEST_OVERDUE) {
      throw new IllegalArgumentException("PERIODIC_TEST_OVERDUE is derived, never recorded");
    }
    this.citizenId = citizenId;
    this.type = type;
    this.startedAt = startedAt;
    this.source = source;
    this.sourceRef = sourceRef;
    this.recordedBy = recordedBy;
    this.note = note;
  }

  /** Ends the condition once; a second end keeps the first reason. */
  public void end(Instant at, String reason) {
    if (endedAt == null) {
      endedAt = at;
      endReason = reason;
    }
  }

  public Long id() {
    return id;
  }

  public long citizenId() {
    return citizenId;
  }

  public ConditionType type() {
    return type;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public ConditionSource source() {
    return source;
  }
}
