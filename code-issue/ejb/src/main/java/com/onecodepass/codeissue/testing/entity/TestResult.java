package com.onecodepass.codeissue.testing.entity;

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

/** A nucleic-acid test result of one person. */
@Entity
@Table(name = "test_result")
public class TestResult {

  public enum Outcome {
    NEGATIVE,
    POSITIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "sample_time", nullable = false)
  private Instant sampleTime;

  @Column(name = "result_time", nullable = false)
  private Instant resultTime;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 8)
  private Outcome result;

  @Column(nullable = false, length = 80)
  private String lab;

  @Column(name = "tube_barcode", length = 32)
  private String tubeBarcode;

  protected TestResult() {}

  public TestResult(
      long citizenId, Instant sampleTime, Instant resultTime, Outcome result, String lab) {
    this.citizenId = citizenId;
    this.sampleTime = sampleTime;
    this.resultTime = resultTime;
    this.result = result;
    this.lab = lab;
  }

  /** The individual result a pooled tube's negative gives each of its members. */
  public static TestResult fromTube(
      long citizenId, Instant sampleTime, Instant resultTime, String lab, String tubeBarcode) {
    TestResult result = new TestResult(citizenId, sampleTime, resultTime, Outcome.NEGATIVE, lab);
    result.tubeBarcode = tubeBarcode;
    return result;
  }

  public long citizenId() {
    return citizenId;
  }

  public Instant resultTime() {
    return resultTime;
  }

  public String lab() {
    return lab;
  }

  public String tubeBarcode() {
    return tubeBarcode;
  }

  public Instant sampleTime() {
    return sampleTime;
  }

  public Outcome result() {
    return result;
  }
}
