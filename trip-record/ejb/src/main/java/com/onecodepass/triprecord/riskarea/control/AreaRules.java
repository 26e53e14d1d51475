package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import java.util.List;
import java.util.Set;

/** Checks an officer's definition and returns it tidied; bad input names its message key. */
public final class AreaRules {

  static final int MAX_VENUES = 500;

  private AreaRules() {}

  public static RiskAreaDraft check(RiskAreaDraft d, Set<String> districtCodes) {
    if (d == null) {
      throw new RiskAreaException("risk.incomplete");
    }
    String name = d.name() == null ? "" : d.name().strip();
    if (name.length() < 2 || name.length() > 100) {
      throw new RiskAreaException("risk.name.invalid");
    }
    if (d.level() == null) {
      throw new RiskAreaException("risk.level.required");
    }
    if (d.kind() == null) {
      throw new RiskAreaException("risk.kind.required");
    }
    if (d.districtCode() == null || !districtCodes.contains(d.districtCode())) {
      throw new RiskAreaException("risk.district.invalid");
    }
    String place = null;
    List<Long> venues = List.of();
    switch (d.kind()) {
      case SUB_DISTRICT, COMPOUND -> {
        place = AreaMatcher.normalise(d.place());
        if (place.length() < 2 || place.length() > 100) {
          throw new RiskAreaException("risk.place.invalid");
        }
      }
      case VENUES -> {
        venues = d.venueIds() == null ? List.of() : d.venueIds().stream().distinct().toList();
        if (venues.isEmpty() || venues.size() > MAX_VENUES) {
          throw new RiskAreaException("risk.venues.invalid");
        }
      }
      case DISTRICT -> {
        // the district code is the whole definition
      }
    }
    if (d.effectiveFrom() == null) {
      throw new RiskAreaException("risk.from.required");
    }
    if (d.effectiveUntil() != null && !d.effectiveUntil().isAfter(d.effectiveFrom())) {
      throw new RiskAreaException("risk.until.beforeFrom");
    }
    return new RiskAreaDraft(
        name,
        d.level(),
        d.kind(),
        d.districtCode(),
        d.kind() == RiskAreaKind.VENUES ? null : place,
        venues,
        d.effectiveFrom(),
        d.effectiveUntil());
  }
}
