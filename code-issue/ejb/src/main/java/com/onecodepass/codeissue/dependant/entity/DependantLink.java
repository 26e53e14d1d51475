package com.onecodepass.codeissue.dependant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A holder may show a dependant's code. Each dependant has at most one holder; the link records
 * when the holder confirmed they are entitled to act for the person.
 */
@Entity
@Table(name = "dependant_link")
@NamedQuery(
    name = DependantLink.OF_HOLDER,
    query = "select l from DependantLink l where l.holderId = :holder order by l.id")
@NamedQuery(
    name = DependantLink.OF_DEPENDANT,
    query = "select l from DependantLink l where l.dependantId = :dependant")
public class DependantLink {

  public static final String OF_HOLDER = "DependantLink.ofHolder";
  public static final String OF_DEPENDANT = "DependantLink.ofDependant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(name = "dependant_id", nullable = false, unique = true)
  private long dependantId;

  @Column(nullable = false, length = 16)
  private String relation;

  @Column(name = "consented_at", nullable = false)
  private Instant consentedAt;

  protected DependantLink() {}

  public DependantLink(long holderId, long dependantId, String relation, Instant consentedAt) {
    this.holderId = holderId;
    this.dependantId = dependantId;
    this.relation = relation;
    this.consentedAt = consentedAt;
  }

  public long holderId() {
    return holderId;
  }

  public long dependantId() {
    return dependantId;
  }

  public String relation() {
    return relation;
  }
}
