package com.onecodepass.triprecord.venue.control;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.venue.entity.Venue;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/** Field rules of a venue application; each failure names the field in its message key. */
public final class VenueRules {

  private static final Pattern GATE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}<>]");

  private static final SecureRandom RANDOM = new SecureRandom();

  private VenueRules() {}

  /** 8 random bytes, base64url: the subject a venue code carries (never the database id). */
  public static String newPublicCode() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Operators see their own venues; district staff their district's; city admins all. */
  public static boolean maySee(StaffScope who, Venue venue) {
    if (who == null) {
      return false;
    }
    if (who.role() == StaffScope.Role.VENUE_OPERATOR) {
      return who.username().equals(venue.operator());
    }
    return who.mayManage(venue.districtCode());
  }

  /** The registration with trimmed fields, or {@link VenueException} for the first bad field. */
  public static VenueRegistration check(VenueRegistration r, Set<String> districtCodes) {
    String name = text(r.name(), 100, "venue.name");
    if (r.category() == null) {
      throw new VenueException("venue.category.empty");
    }
    String address = text(r.address(), 200, "venue.address");
    if (r.districtCode() == null || !districtCodes.contains(r.districtCode())) {
      throw new VenueException("venue.district.unknown");
    }
    String community = r.community() == null || r.community().isBlank() ? null : r.community();
    if (community != null) {
      community = text(community, 100, "venue.community");
    }
    String gateId = r.gateId() == null || r.gateId().isBlank() ? null : r.gateId().strip();
    if (gateId != null && (!r.category().isTransit() || !GATE_ID.matcher(gateId).matches())) {
      throw new VenueException("venue.gateId.invalid");
    }
    return new VenueRegistration(name, r.category(), address, r.districtCode(), community, gateId);
  }

  private static String text(String value, int max, String field) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new VenueException(field + ".empty");
    }
    if (v.length() > max || CONTROL.matcher(v).find()) {
      throw new VenueException(field + ".invalid");
    }
    return v;
  }
}
