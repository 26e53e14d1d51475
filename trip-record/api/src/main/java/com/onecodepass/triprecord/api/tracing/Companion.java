package com.onecodepass.triprecord.api.tracing;

import java.util.List;

/** A person found by tracing, with every overlap that made them one (earliest first). */
public record Companion(long citizenId, List<Overlap> overlaps) {

  public long totalOverlapMinutes() {
    return overlaps.stream().mapToLong(Overlap::overlapMinutes).sum();
  }
}
