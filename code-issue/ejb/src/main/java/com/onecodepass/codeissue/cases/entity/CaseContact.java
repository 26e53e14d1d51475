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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An officer's decision that a person is a close or secondary contact of a case. */
@Entity
@Table(name = "case_contact")
public class CaseContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private ContactKind kind;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "condition_id", nullable = false)
  private long conditionId;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  @Column(name = "confirmed_by", nullable = false, length = 40)
  private String confirmedBy;

  protected CaseContact() {}

  public CaseContact(
      long caseId,
      long citizenId,
      ContactKind kind,
      long runId,
      long conditionId,
      Instant confirmedAt,
      String confirmedBy) {
    this.caseId = caseId;
    this.citizenId = citizenId;
    this.kind = kind;
    this.runId = runId;
    this.conditionId = conditionId;
    this.confirmedAt = confirmedAt;
    this.confirmedBy = confirmedBy;
  }

  public long citizenId() {
    return citizenId;
  }

  public ContactKind kind() {
    return kind;
  }
}
