package com.onecodepass.triprecord.venue.entity;

import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.api.venue.VenueView;
import jakarta.persistence.Cacheable;
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
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hibernate.type.SqlTypes;

/**
 * A place people check in to; {@code publicCode} is what its signed venue code carries. A venue
 * registered by an operator waits (PENDING) until staff approve it; staff can suspend it, which
 * makes its printed code refuse check-ins without reprinting anything.
 *
 * <p>Every check-in reads its venue by the printed code, so the venue is in the second-level cache
 * by that code (invalidated on every node when staff approve or suspend it): a warm node checks a
 * poster's venue without a query.
 */
@Entity
@Cacheable
@NaturalIdCache
@Table(name = "venue")
public class Venue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(name = "public_code", nullable = false, length = 11, unique = true)
  private String publicCode;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private VenueCategory category;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Column(length = 100)
  private String community;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private VenueStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(length = 64)
  private String operator;

  @Column(name = "gate_id", length = 64, unique = true)
  private String gateId;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected Venue() {}

  /** A demo or imported venue: active from the start. */
  public Venue(
      String publicCode,
      String name,
      VenueCategory category,
      String address,
      String districtCode,
      String community,
      Instant createdAt) {
    this.publicCode = publicCode;
    this.name = name;
    this.category = category;
    this.address = address;
    this.districtCode = districtCode;
    this.community = community;
    this.status = VenueStatus.ACTIVE;
    this.createdAt = createdAt;
  }

  /** An operator's application: waits for approval. */
  public static Venue applyFor(
      String publicCode,
      String name,
      VenueCategory category,
      String address,
      String districtCode,
      String community,
      String gateId,
      String operator,
      Instant now) {
    Venue venue = new Venue(publicCode, name, category, address, districtCode, community, now);
    venue.status = VenueStatus.PENDING;
    venue.gateId = gateId;
    venue.operator = operator;
    return venue;
  }

  /** Demo and import only: who runs the venue and, for transit, the gate id rides report. */
  public Venue runBy(String operator, String gateId) {
    this.operator = operator;
    this.gateId = gateId;
    return this;
  }

  public void approve(String staff, Instant now) {
    status = VenueStatus.ACTIVE;
    reviewedBy = staff;
    reviewedAt = now;
  }

  public void suspend(String staff, Instant now) {
    status = VenueStatus.SUSPENDED;
    reviewedBy = staff;
    reviewedAt = now;
  }

  public VenueView view() {
    return new VenueView(
        id,
        publicCode,
        name,
        category,
        address,
        districtCode,
        community,
        status,
        operator,
        gateId,
        createdAt);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String publicCode() {
    return publicCode;
  }

  public VenueCategory category() {
    return category;
  }

  public String districtCode() {
    return districtCode;
  }

  public String operator() {
    return operator;
  }

  public VenueStatus status() {
    return status;
  }
}
