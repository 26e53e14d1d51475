package com.onecodepass.codeissue.colour.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published rule set; the highest version is in force. Rows are only ever added. */
@Entity
@Table(name = "rule_set_version")
public class RuleSetVersion {

  @Id private int version;

  @Column(nullable = false, length = 8000)
  private String definition;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 40)
  private String createdBy;

  @Column(nullable = false, length = 300)
  private String comment;

  protected RuleSetVersion() {}

  public RuleSetVersion(
      int version, String definition, Instant createdAt, String createdBy, String comment) {
    this.version = version;
    this.definition = definition;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.comment = comment;
  }

  public int version() {
    return version;
  }

  public String definition() {
    return definition;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public String comment() {
    return comment;
  }
}
