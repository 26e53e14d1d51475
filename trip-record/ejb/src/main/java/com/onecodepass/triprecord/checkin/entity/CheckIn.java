package com.onecodepass.triprecord.checkin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One recorded visit: a venue scan, a scan queued on a device, or a transit ride. The unique
 * idempotency key makes a retried or redelivered check-in land once.
 *
 * <p>{@code check_in_day} is the UTC day of the check-in: on MariaDB the table is partitioned by it
 * (one partition a day, dropped whole by retention) and the idempotency key is unique per day,
 * which is exact because a key names its day (see the migration V6_1 in db/vendor/mysql). Reads by
 * time also name the days ({@link #dayOf}), so that MariaDB opens only those days' partitions.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

  public static final String SCAN = "SCAN";
  public static final String DEVICE = "DEVICE";
  public static final String TRANSIT = "TRANSIT";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, length = 64, unique = true)
  private String idempotencyKey;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "venue_id", nullable = false)
  private long venueId;

  @Column(name = "checked_in_at", nullable = false)
  private Instant checkedInAt;

  @Column(name = "colour_at_check_in", nullable = false, length = 6)
  private String colourAtCheckIn;

  @Column(name = "masked_name", length = 40)
  private String maskedName;

  @Column(nullable = false, length = 10)
  private String source = SCAN;

  @Column(name = "check_in_day", nullable = false)
  private LocalDate checkInDay;

  protected CheckIn() {}

  public CheckIn(
      String idempotencyKey, long citizenId, long venueId, Instant checkedInAt, String colour) {
    this.idempotencyKey = idempotencyKey;
    this.citizenId = citizenId;
    this.venueId = venueId;
    this.checkedInAt = checkedInAt;
    this.checkInDay = dayOf(checkedInAt);
    this.colourAtCheckIn = colour;
  }

  /** The day (UTC) a check-in at {@code at} is stored under: its partition on MariaDB. */
  public static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  public CheckIn(
      String idempotencyKey,
      long citizenId,
      long venueId,
      Instant checkedInAt,
      String colour,
      String maskedName,
      String source) {
    this(idempotencyKey, citizenId, venueId, checkedInAt, colour);
    this.maskedName = maskedName;
    this.source = source;
  }

  public Long id() {
    return id;
  }

  public long citizenId() {
    return citizenId;
  }

  public long venueId() {
    return venueId;
  }

  public Instant checkedInAt() {
    return checkedInAt;
  }

  public String colour() {
    return colourAtCheckIn;
  }

  public String maskedName() {
    return maskedName;
  }

  public LocalDate day() {
    return checkInDay;
  }

  public String source() {
    return source;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Takes the id the database generated for this row when it was inserted by plain JDBC (the
   * check-in group commit's multi-row INSERT) rather than through the persistence context.
   */
  public void insertedAs(long id) {
    if (this.id != null) {
      throw new IllegalStateException("check-in " + this.id + " already has an id");
    }
    this.id = id;
  }
}
