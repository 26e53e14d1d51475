package com.onecodepass.it;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/** Venues, citizens and raw check-in rows for the trip-record tests; every name is fresh. */
final class TripFixtures {

  static final StaffScope OPERATOR =
      new StaffScope("venue", StaffScope.Role.VENUE_OPERATOR, "610113");
  static final StaffScope ADMIN = new StaffScope("admin", StaffScope.Role.CITY_ADMIN, null);
  static final StaffScope YANTA = new StaffScope("yanta", StaffScope.Role.DISTRICT_STAFF, "610113");
  static final StaffScope XINCHENG =
      new StaffScope("xincheng", StaffScope.Role.DISTRICT_STAFF, "610102");

  private static final SecureRandom RANDOM = new SecureRandom();

  private TripFixtures() {}

  /** A venue registered by the demo operator in 雁塔区, approved unless {@code approve} is false. */
  static VenueView venue(Venues venues, String name, boolean approve) {
    VenueView venue =
        venues.register(
            OPERATOR,
            new VenueRegistration(
                name + " " + RANDOM.nextInt(1_000_000),
                VenueCategory.SUPERMARKET,
                "雁塔区测试路1号",
                "610113",
                null,
                null));
    return approve ? venues.approve(YANTA, venue.id()) : venue;
  }

  static long citizen(CitizenRegistration registration) {
    return registration
        .register(new Registration("赵敏", TestPeople.residentId(), TestPeople.mobile(), "610113"))
        .citizenId();
  }

  /** A citizen id no registered citizen has: tracing needs only numbers in check_in. */
  static long personId() {
    return 8_000_000_000L + RANDOM.nextInt(1_000_000_000);
  }

  static void insert(DataSource ds, long citizenId, long venueId, Instant at) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                    + " colour_at_check_in, masked_name, source) VALUES (?, ?, ?, ?, 'GREEN',"
                    + " '测*', 'SCAN')")) {
      insert.setString(1, "it:" + UUID.randomUUID());
      insert.setLong(2, citizenId);
      insert.setLong(3, venueId);
      insert.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  static long count(DataSource ds, String where, Object... args) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT COUNT(*) FROM check_in WHERE " + where)) {
      for (int i = 0; i < args.length; i++) {
        select.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
