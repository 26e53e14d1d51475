package com.onecodepass.codeissue.testing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pooled sample tube: open while people are sampled into it, then resulted once. */
@Entity
@Table(name = "sample_tube")
public class SampleTube {

  public enum Status {
    OPEN,
    RESULTED
  }

  @Id
  @Column(length = 32)
  private String barcode;

  @Column(nullable = false, length = 80)
  private String site;

  @Column(name = "opened_by", nullable = false, length = 40)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Status status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 8)
  private TestResult.Outcome result;

  @Column(name = "result_time")
  private Instant resultTime;

  @Column(length = 80)
  private String lab;

  protected SampleTube() {}

  public SampleTube(String barcode, String site, String openedBy, Instant openedAt) {
    this.barcode = barcode;
    this.site = site;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.status = Status.OPEN;
  }

  public void result(TestResult.Outcome outcome, Instant at, String byLab) {
    if (status != Status.OPEN) {
      throw new IllegalStateException("tube " + barcode + " already has a result");
    }
    status = Status.RESULTED;
    result = outcome;
    resultTime = at;
    lab = byLab;
  }

  public String barcode() {
    return barcode;
  }

  public String site() {
    return site;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Status status() {
    return status;
  }

  public TestResult.Outcome result() {
    return result;
  }
}
