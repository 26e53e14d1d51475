package com.onecodepass.triprecord.api.riskarea;

import java.time.Instant;
import java.util.List;

/**
 * A risk area with its life so far. {@code previewPeople} and {@code previewChanging} are from the
 * last preview (null before one); {@code total}, {@code done} and {@code recorded} the apply
 * progress (people matched, processed, given the condition now); {@code endingPending} while the
 * conditions of a withdrawn or expired area are still being ended.
 */
public record RiskAreaView(
    long id,
    String name,
    RiskAreaLevel level,
    RiskAreaKind kind,
    String districtCode,
    String place,
    List<Long> venueIds,
    Instant effectiveFrom,
    Instant effectiveUntil,
    RiskAreaStatus status,
    String createdBy,
    Instant createdAt,
    String publishedBy,
    Instant publishedAt,
    String endedBy,
    Instant endedAt,
    Long previewPeople,
    Long previewChanging,
    Long total,
    long done,
    long recorded,
    Instant applyStartedAt,
    Instant applyUpdatedAt,
    boolean endingPending) {

  /** The public id integrators see, e.g. A-610113-0042. */
  public String publicId() {
    return String.format("A-%s-%04d", districtCode, id);
  }

  /** People processed per second since applying started (0 before). */
  public double rate() {
    if (applyStartedAt == null || applyUpdatedAt == null || done == 0) {
      return 0;
    }
    long millis = Math.max(1, applyUpdatedAt.toEpochMilli() - applyStartedAt.toEpochMilli());
    return done * 1000.0 / millis;
  }

  /** Percent done, 0–100. */
  public int percent() {
    if (total == null || total == 0) {
      return status == RiskAreaStatus.APPLIED ? 100 : 0;
    }
    return (int) Math.min(100, done * 100 / total);
  }
}
