package com.onecodepass.codeissue.appeal.entity;

import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
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
 * A citizen's appeal against the colour their code showed when they filed it. Decided once, by
 * staff, with an answer the citizen reads.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 6)
  private CodeColour colour;

  @Column(name = "reason_category", nullable = false, length = 32)
  private String reasonCategory;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 24)
  private AppealReason reason;

  @Column(length = 500)
  private String detail;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private AppealStatus status;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 40)
  private String decidedBy;

  @Column(length = 500)
  private String answer;

  protected Appeal() {}

  public Appeal(
      long citizenId,
      String districtCode,
      CodeColour colour,
      String reasonCategory,
      AppealReason reason,
      String detail,
      Instant filedAt) {
    if (colour == CodeColour.GREEN) {
      throw new IllegalArgumentException("a green code cannot be appealed");
    }
    this.citizenId = citizenId;
    this.districtCode = districtCode;
    this.colour = colour;
    this.reasonCategory = reasonCategory;
    this.reason = reason;
    this.detail = detail;
    this.status = AppealStatus.OPEN;
    this.filedAt = filedAt;
  }

  /** Records the decision; an appeal is decided once. */
  public void decide(boolean approve, String answer, String staffId, Instant at) {
    if (status != AppealStatus.OPEN) {
      throw new IllegalStateException("already decided");
    }
    this.status = approve ? AppealStatus.APPROVED : AppealStatus.REJECTED;
    this.answer = answer;
    this.decidedBy = staffId;
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

  public CodeColour colour() {
    return colour;
  }

  public String reasonCategory() {
    return reasonCategory;
  }

  public AppealReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  public AppealStatus status() {
    return status;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String answer() {
    return answer;
  }
}
