package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import java.util.Collection;

/**
 * Which venues an area covers. Venues store a district code, a free-text address and an optional
 * community (社区/小区); a sub-district (街道) is recognised by its name in the address or community, a
 * compound by its community or its name in the address. Pure, so every kind is unit-tested.
 */
public final class AreaMatcher {

  /** The venue fields matching reads. */
  public record VenueFacts(long id, String districtCode, String address, String community) {}

  private AreaMatcher() {}

  public static boolean matches(
      RiskAreaKind kind,
      String districtCode,
      String place,
      Collection<Long> venueIds,
      VenueFacts venue) {
    if (!districtCode.equals(venue.districtCode())) {
      return false;
    }
    return switch (kind) {
      case DISTRICT -> true;
      case SUB_DISTRICT -> contains(venue.address(), place) || contains(venue.community(), place);
      case COMPOUND ->
          normalise(place).equals(normalise(venue.community())) || contains(venue.address(), place);
      case VENUES -> venueIds.contains(venue.id());
    };
  }

  /** Whitespace (including full-width spaces) is ignored: "小寨 街道" is "小寨街道". */
  static String normalise(String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
  }

  private static boolean contains(String text, String place) {
    String p = normalise(place);
    return !p.isEmpty() && normalise(text).contains(p);
  }
}
