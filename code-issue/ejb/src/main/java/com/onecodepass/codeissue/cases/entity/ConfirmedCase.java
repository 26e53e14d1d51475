package com.onecodepass.codeissue.cases.entity;

import com.onecodepass.codeissue.api.cases.CaseSource;
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

/** A person an officer confirmed as a case, with where the news came from and who decided. */
@Entity
@Table(name = "confirmed_case")
public class ConfirmedCase {

  public static final String OPEN = "OPEN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private CaseSource source;

  @Column(length = 300)
  private String note;

  @Column(nullable = false, length = 10)
  private String status;

  @Column(name = "condition_id")
  private Long conditionId;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  @Column(name = "confirmed_by", nullable = false, length = 40)
  private String confirmedBy;

  protected ConfirmedCase() {}

  public ConfirmedCase(
      long citizenId,
      String districtCode,
      CaseSource source,
      String note,
      Instant confirmedAt,
      String confirmedBy) {
    this.citizenId = citizenId;
    this.districtCode = districtCode;
    this.source = source;
    this.note = note;
    this.status = OPEN;
    this.confirmedAt = confirmedAt;
    this.confirmedBy = confirmedBy;
  }

  public void recordedAs(long conditionId) {
    this.conditionId = conditionId;
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

  public CaseSource source() {
    return source;
  }

  public String note() {
    return note;
  }

  public String status() {
    return status;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public String confirmedBy() {
    return confirmedBy;
  }
}
