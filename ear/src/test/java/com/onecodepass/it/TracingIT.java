package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.triprecord.api.retention.TripRetention;
import com.onecodepass.triprecord.api.tracing.Companion;
import com.onecodepass.triprecord.api.tracing.Exposure;
import com.onecodepass.triprecord.api.tracing.Overlap;
import com.onecodepass.triprecord.api.tracing.Tracing;
import com.onecodepass.triprecord.api.tracing.TracingReport;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracing and retention on a crafted data set in MariaDB: people just inside and just outside the
 * window, at other venues, on other days, before the look-back; the case itself never listed.
 */
@ExtendWith(ArquillianExtension.class)
class TracingIT {

  private static final Duration WINDOW = Duration.ofMinutes(30);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;
  @EJB Tracing tracing;
  @EJB TripRetention retention;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource ds;

  @Test
  void findsExactlyThePeopleWithinTheWindowAtTheCasesVenues() throws Exception {
    VenueView a = TripFixtures.venue(venues, "A 超市", true);
    VenueView b = TripFixtures.venue(venues, "B 餐馆", true);
    VenueView d = TripFixtures.venue(venues, "D 办公楼", true);
    Instant t = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    Instant t2 = t.minus(Duration.ofDays(2));
    long theCase = TripFixtures.personId();
    long edge = TripFixtures.personId(); // exactly 30 min after: companion, 0 minutes
    long outside = TripFixtures.personId(); // 31 min before: not
    long close = TripFixtures.personId(); // 10 min before: 20 minutes
    long twice = TripFixtures.personId(); // at A 29 min after and at B with the case
    long otherVenue = TripFixtures.personId(); // at D, where the case never was
    long otherDay = TripFixtures.personId(); // at A a day later
    long beforeLookBack = TripFixtures.personId(); // with the case 20 days ago

    TripFixtures.insert(ds, theCase, a.id(), t);
    TripFixtures.insert(ds, theCase, a.id(), t.plus(Duration.ofMinutes(5)));
    TripFixtures.insert(ds, theCase, b.id(), t2);
    TripFixtures.insert(ds, theCase, a.id(), t.minus(Duration.ofDays(17)));
    TripFixtures.insert(ds, edge, a.id(), t.plus(WINDOW).plus(Duration.ofMinutes(5)));
    TripFixtures.insert(ds, outside, a.id(), t.minus(Duration.ofMinutes(31)));
    TripFixtures.insert(ds, close, a.id(), t.minus(Duration.ofMinutes(10)));
    TripFixtures.insert(ds, twice, a.id(), t.plus(Duration.ofMinutes(29)));
    TripFixtures.insert(ds, twice, b.id(), t2.plus(Duration.ofMinutes(1)));
    TripFixtures.insert(ds, otherVenue, d.id(), t);
    TripFixtures.insert(ds, otherDay, a.id(), t.plus(Duration.ofDays(1)));
    TripFixtures.insert(ds, beforeLookBack, a.id(), t.minus(Duration.ofDays(17)));

    TracingReport report =
        tracing.companions(TripFixtures.ADMIN, "192.0.2.9", theCase, Duration.ofDays(14), WINDOW);

    assertThat(report.sourceVisits()).isEqualTo(3);
    Map<Long, Companion> found =
        report.companions().stream().collect(Collectors.toMap(Companion::citizenId, c -> c));
    assertThat(found.keySet()).containsExactlyInAnyOrder(edge, close, twice);

    // edge: 35 min after the first visit (not a companion of it), exactly 30 after the second
    assertThat(found.get(edge).overlaps())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.sourceAt()).isEqualTo(t.plus(Duration.ofMinutes(5)));
              assertThat(o.overlapMinutes()).isZero();
              assertThat(o.venueName()).isEqualTo(a.name());
            });
    // close: 10 min before the first visit (20 min overlap), 15 before the second (15)
    assertThat(found.get(close).overlaps())
        .extracting(Overlap::overlapMinutes)
        .containsExactlyInAnyOrder(20L, 15L);
    assertThat(found.get(twice).overlaps())
        .extracting(Overlap::venueId, Overlap::overlapMinutes)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(b.id(), 29L),
            org.assertj.core.groups.Tuple.tuple(a.id(), 1L),
            org.assertj.core.groups.Tuple.tuple(a.id(), 6L));
    assertThat(found.get(twice).overlaps())
        .allSatisfy(o -> assertThat(o.sourceCitizenId()).isEqualTo(theCase));

    // A 15-minute window keeps only those within 15 minutes.
    assertThat(
            tracing
                .companions(
                    TripFixtures.ADMIN,
                    "192.0.2.9",
                    theCase,
                    Duration.ofDays(14),
                    Duration.ofMinutes(15))
                .companions())
        .extracting(Companion::citizenId)
        .containsExactlyInAnyOrder(close, twice);

    // Venue exposure: everyone at A in [t - 30, t + 30], the case included, nobody at D.
    List<Exposure> exposed =
        tracing.venueExposure(
            TripFixtures.ADMIN, "192.0.2.9", a.id(), t.minus(WINDOW), t.plus(WINDOW));
    assertThat(exposed)
        .extracting(Exposure::citizenId)
        .containsExactly(close, theCase, theCase, twice);

    // Secondary: companions of the close contact (at A, t - 10) within [t - 40, t + 20], the
    // case excluded: only "outside" (t - 31); "twice" at t + 29 is 39 minutes after the contact.
    TracingReport secondary =
        tracing.secondaryContacts(
            TripFixtures.ADMIN,
            "192.0.2.9",
            List.of(close),
            Set.of(theCase),
            Duration.ofDays(14),
            WINDOW);
    assertThat(secondary.companions()).extracting(Companion::citizenId).containsExactly(outside);
    assertThat(secondary.companions().get(0).overlaps())
        .allSatisfy(o -> assertThat(o.sourceCitizenId()).isEqualTo(close));
  }

  @Test
  void retentionRemovesTheDaysBeforeTheCutoffAndKeepsRecentTrips() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "保留期测试", true);
    long person = TripFixtures.personId();
    Instant now = Instant.now();
    for (int day : new int[] {29, 30, 40, 90, 365}) {
      TripFixtures.insert(ds, person, venue.id(), now.minus(Duration.ofDays(day)));
    }
    TripFixtures.insert(ds, person, venue.id(), now.minus(Duration.ofDays(27)));
    TripFixtures.insert(ds, person, venue.id(), now.minus(Duration.ofHours(1)));

    assertThat(retention.retentionDays()).isEqualTo(28);
    long deleted = retention.purgeBefore(now.minus(Duration.ofDays(28)), 2);

    assertThat(deleted).isGreaterThanOrEqualTo(5);
    assertThat(TripFixtures.count(ds, "citizen_id = ?", person)).isEqualTo(2);
    // MariaDB drops whole UTC days (partitions): nothing of a day before the cutoff's day is left
    // (rows of the cutoff's own day go with it the next night; CheckInPartitionIT).
    assertThat(
            TripFixtures.count(
                ds,
                "check_in_day < ?",
                LocalDateTime.ofInstant(now.minus(Duration.ofDays(28)), ZoneOffset.UTC)
                    .toLocalDate()))
        .isZero();
    assertThat(retention.purgeExpired()).isZero();
    assertThat(TripFixtures.count(ds, "citizen_id = ?", person)).isEqualTo(2);
  }
}
