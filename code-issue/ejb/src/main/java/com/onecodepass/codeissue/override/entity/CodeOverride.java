package com.onecodepass.codeissue.override.entity;

import com.onecodepass.codeissue.api.appeal.OverrideStatus;
import com.onecodepass.codeissue.api.code.CodeColour;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One staff decision to set a person's code, and — for red to green — the second officer's decision
 * on it. The requester can never be the approver.
 */
@Entity
@Table(name = "code_override")
public class CodeOverride {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "from_colour", nullable = false, length = 6)
  private CodeColour fromColour;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "target_colour", nullable = false, length = 6)
  private CodeColour targetColour;

  @Column(name = "appeal_id")
  private Long appealId;

  @Column(nullable = false, length = 500)
  private String reason;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private OverrideStatus status;

  @Column(name = "requested_by", nullable = false, length = 40)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 40)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 500)
  private String decisionReason;

  protected CodeOverride() {}

  public CodeOverride(
      long citizenId,
      String districtCode,
      CodeColour fromColour,
      CodeColour targetColour,
      Long appealId,
      String reason,
      boolean needsSecondApprover,
      String requestedBy,
      Instant at) {
    this.citizenId = citizenId;
    this.districtCode = districtCode;
    this.fromColour = fromColour;
    this.targetColour = targetColour;
    this.appealId = appealId;
    this.reason = reason;
    this.status = needsSecondApprover ? OverrideStatus.PENDING : OverrideStatus.APPLIED;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  /** The second officer's approval; the caller then applies the override. */
  public void approve(String approver, Instant at) {
    decide(OverrideStatus.APPLIED, approver, null, at);
  }

  public void reject(String approver, String why, Instant at) {
    decide(OverrideStatus.REJECTED, approver, why, at);
  }

  private void decide(OverrideStatus outcome, String approver, String why, Instant at) {
    if (status != OverrideStatus.PENDING) {
      throw new IllegalStateException("already decided");
    }
    if (requestedBy.equals(approver)) {
      throw new IllegalStateException("the requester cannot decide their own request");
    }
    this.status = outcome;
    this.decidedBy = approver;
    this.decisionReason = why;
    this.decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public long citizenId() {
    return citizenId;
  }

  public String districtCode() {
    return districtCode;
  }

  public CodeColour fromColour() {
    return fromColour;
  }

  public CodeColour targetColour() {
    return targetColour;
  }

  public Long appealId() {
    return appealId;
  }

  public String reason() {
    return reason;
  }

  public OverrideStatus status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
