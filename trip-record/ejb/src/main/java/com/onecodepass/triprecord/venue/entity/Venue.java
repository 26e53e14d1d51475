package com.onecodepass.triprecord.venue.entity;

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

/** A place people check in to; {@code publicCode} is what its signed venue code carries. */
@Entity
@Table(name = "venue")
public class Venue {

  public enum Category {
    SUPERMARKET,
    RESTAURANT,
    OFFICE,
    RESIDENTIAL_GATE,
    HOSPITAL,
    TRANSIT_STATION,
    SCHOOL,
    MARKET
  }

  public enum Status {
    PENDING,
    ACTIVE,
    SUSPENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_code", nullable = false, length = 11, unique = true)
  private String publicCode;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Category category;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Column(length = 100)
  private String community;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Venue() {}

  public Venue(
      String publicCode,
      String name,
      Category category,
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
    this.status = Status.ACTIVE;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
