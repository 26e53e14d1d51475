package com.onecodepass.codeissue.colour.entity;

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

/** One change of a person's colour, with why and who; never updated or deleted. */
@Entity
@Table(name = "colour_change")
public class ColourChange {

  public enum Source {
    RULE,
    STAFF,
    APPEAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "from_colour", length = 6)
  private CodeColour fromColour;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "to_colour", nullable = false, length = 6)
  private CodeColour toColour;

  @Column(name = "reason_code", nullable = false, length = 40)
  private String reasonCode;

  @Column(name = "reason_category", nullable = false, length = 32)
  private String reasonCategory;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Source source;

  @Column(name = "staff_id", length = 40)
  private String staffId;

  @Column(length = 500)
  private String detail;

  @Column(name = "rule_version")
  private Integer ruleVersion;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ColourChange() {}

  public ColourChange(
      long citizenId,
      CodeColour fromColour,
      CodeColour toColour,
      String reasonCode,
      String reasonCategory,
      Source source,
      String staffId,
      String detail,
      Integer ruleVersion,
      Instant changedAt) {
    this.citizenId = citizenId;
    this.fromColour = fromColour;
    this.toColour = toColour;
    this.reasonCode = reasonCode;
    this.reasonCategory = reasonCategory;
    this.source = source;
    this.staffId = staffId;
    this.detail = detail;
    this.ruleVersion = ruleVersion;
    this.changedAt = changedAt;
  }

  public CodeColour fromColour() {
    return fromColour;
  }

  public CodeColour toColour() {
    return toColour;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public String reasonCategory() {
    return reasonCategory;
  }

  public Source source() {
    return source;
  }

  public String staffId() {
    return staffId;
  }

  public String detail() {
    return detail;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
