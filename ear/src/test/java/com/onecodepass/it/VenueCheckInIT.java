package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.Trip;
import com.onecodepass.triprecord.api.transit.TransitTrip;
import com.onecodepass.triprecord.api.transit.TransitTrips;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueFilter;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check-ins on the real server and MariaDB: committed before the receipt, one row per rescan window
 * even under a race, and refused for suspended, pending and forged venue codes.
 */
@ExtendWith(ArquillianExtension.class)
class VenueCheckInIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;
  @EJB CheckIns checkIns;
  @EJB TransitTrips transit;
  @EJB CitizenRegistration registration;
  @EJB CodeCard codeCard;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void aReceiptMeansTheRowIsCommittedAndARescanWithinFiveMinutesWritesNothing() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "永辉超市", true);
    long citizen = TripFixtures.citizen(registration);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());

    CheckInReceipt first = checkIns.checkIn(citizen, "https://example.test/v/" + token);
    // A separate autocommit connection sees the row: it was committed before the receipt.
    assertThat(TripFixtures.count(dataSource, "id = ?", first.checkInId())).isEqualTo(1);
    assertThat(first.repeated()).isFalse();
    assertThat(first.colour()).isEqualTo("GREEN");
    assertThat(first.maskedName()).isEqualTo(codeCard.status(citizen).maskedName());
    assertThat(first.venue().name()).isEqualTo(venue.name());

    CheckInReceipt again = checkIns.checkIn(citizen, token);
    assertThat(again.repeated()).isTrue();
    assertThat(again.checkInId()).isEqualTo(first.checkInId());
    assertThat(rows(citizen, venue)).isEqualTo(1);

    List<Trip> trips = checkIns.trips(citizen, Instant.now().minus(Duration.ofDays(14)));
    assertThat(trips).extracting(Trip::venueName).containsExactly(venue.name());
    assertThat(checkIns.receipt(citizen, first.checkInId())).isPresent();
    assertThat(checkIns.receipt(citizen + 1, first.checkInId())).isEmpty();
  }

  @Test
  void rescansFourMinutesApartAreOneCheckInSixMinutesApartAreTwo() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "回民街小吃", true);
    long citizen = TripFixtures.citizen(registration);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    // Start 10 s before a five-minute boundary: the rule is "within five minutes of the last
    // check-in", not "in the same bucket".
    long bucket = 300;
    Instant t =
        Instant.ofEpochSecond(
            (Instant.now().minus(Duration.ofHours(3)).getEpochSecond() / bucket) * bucket - 10);

    long a = checkIns.checkInAt(citizen, token, t).checkInId();
    CheckInReceipt b = checkIns.checkInAt(citizen, token, t.plusSeconds(20));
    CheckInReceipt c = checkIns.checkInAt(citizen, token, t.plus(Duration.ofMinutes(4)));
    assertThat(b.checkInId()).isEqualTo(a);
    assertThat(c.checkInId()).isEqualTo(a);
    assertThat(rows(citizen, venue)).isEqualTo(1);

    CheckInReceipt later = checkIns.checkInAt(citizen, token, t.plus(Duration.ofMinutes(6)));
    assertThat(later.repeated()).isFalse();
    assertThat(later.checkInId()).isNotEqualTo(a);
    assertThat(rows(citizen, venue)).isEqualTo(2);
  }

  @Test
  void concurrentScansOfOnePersonAtOneVenueLandOnce() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "大唐不夜城", true);
    long citizen = TripFixtures.citizen(registration);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Callable<Long> scan =
          () -> {
            start.await();
            return checkIns.checkIn(citizen, token).checkInId();
          };
      results.add(executor.submit(scan));
    }
    start.countDown();
    long id = results.get(0).get();
    for (Future<Long> r : results) {
      assertThat(r.get()).isEqualTo(id);
    }
    assertThat(rows(citizen, venue)).isEqualTo(1);
  }

  @Test
  void theSameTransitKeyTwiceIsOneRowAndRidesShowInTrips() throws Exception {
    String gate = "m3-it-" + System.nanoTime();
    VenueView station =
        venues.register(
            TripFixtures.OPERATOR,
            new VenueRegistration(
                "地铁3号线 测试站", VenueCategory.TRANSIT_STATION, "雁塔区", "610113", null, gate));
    long citizen = TripFixtures.personId();
    Instant at = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    long first = transit.record(new TransitTrip(gate, citizen, at, "evt-1"));
    long again = transit.record(new TransitTrip(gate, citizen, at, "evt-1"));
    long other = transit.record(new TransitTrip(gate, citizen, at.plusSeconds(60), "evt-2"));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(
            TripFixtures.count(
                dataSource, "citizen_id = ? AND venue_id = ?", citizen, station.id()))
        .isEqualTo(2);
    assertThat(checkIns.trips(citizen, at.minus(Duration.ofDays(1))))
        .extracting(Trip::source)
        .containsExactly("TRANSIT", "TRANSIT");
    assertThat(
            catchThrowableOfType(
                    VenueException.class,
                    () -> transit.record(new TransitTrip("no-such-gate", citizen, at, "x")))
                .messageKey())
        .isEqualTo("transit.unknownGate");
  }

  @Test
  void suspendedPendingForgedAndPersonalCodesAreRefusedAndWriteNothing() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "曲江池", true);
    VenueView pending = TripFixtures.venue(venues, "待审核场所", false);
    long citizen = TripFixtures.citizen(registration);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    assertThat(checkIns.scan(token).accepted()).isTrue();

    assertThat(venues.suspend(TripFixtures.YANTA, venue.id()).status())
        .isEqualTo(VenueStatus.SUSPENDED);
    assertThat(checkIns.scan(token).outcome()).isEqualTo("suspended");
    assertThat(refusal(citizen, token)).isEqualTo("checkin.suspended");

    String pendingToken = venues.posterToken(TripFixtures.OPERATOR, pending.id());
    assertThat(refusal(citizen, pendingToken)).isEqualTo("checkin.pending");

    char last = token.charAt(token.length() - 5);
    String forged =
        token.substring(0, token.length() - 5)
            + (last == 'A' ? 'B' : 'A')
            + token.substring(token.length() - 4);
    assertThat(checkIns.scan(forged).outcome()).isIn("bad_signature", "malformed");
    assertThat(checkIns.scan(forged).venue()).isNull();
    assertThat(refusal(citizen, forged)).startsWith("checkin.");
    assertThat(checkIns.scan(codeCard.show(citizen).token()).outcome())
        .isEqualTo("not_a_venue_code");
    assertThat(checkIns.scan("not a token").outcome()).isEqualTo("malformed");

    assertThat(TripFixtures.count(dataSource, "citizen_id = ?", citizen)).isZero();
  }

  @Test
  void staffActOnlyOnTheirDistrictAndOperatorsSeeOnlyTheirVenues() {
    VenueView venue = TripFixtures.venue(venues, "雁塔区医院", false);
    assertThat(venue.status()).isEqualTo(VenueStatus.PENDING);
    assertThat(venue.operator()).isEqualTo("venue");

    assertThat(
            catchThrowableOfType(
                    VenueException.class, () -> venues.approve(TripFixtures.XINCHENG, venue.id()))
                .messageKey())
        .isEqualTo("venue.notFound");
    assertThat(
            catchThrowableOfType(
                    VenueException.class,
                    () ->
                        venues.find(
                            new com.onecodepass.platform.api.StaffScope(
                                "other-operator",
                                com.onecodepass.platform.api.StaffScope.Role.VENUE_OPERATOR,
                                "610113"),
                            venue.id()))
                .messageKey())
        .isEqualTo("venue.notFound");
    assertThat(venues.visibleTo(TripFixtures.OPERATOR, VenueFilter.newest(500)).venues())
        .extracting(VenueView::id)
        .contains(venue.id());
    assertThat(venues.visibleTo(TripFixtures.XINCHENG, VenueFilter.newest(500)).venues())
        .extracting(VenueView::id)
        .doesNotContain(venue.id());
    assertThat(venues.approve(TripFixtures.ADMIN, venue.id()).status())
        .isEqualTo(VenueStatus.ACTIVE);
    assertThat(venues.visitLog(TripFixtures.OPERATOR, venue.id(), 10).todayCount()).isZero();
  }

  private String refusal(long citizen, String token) {
    return catchThrowableOfType(VenueException.class, () -> checkIns.checkIn(citizen, token))
        .messageKey();
  }

  private long rows(long citizen, VenueView venue) throws Exception {
    return TripFixtures.count(dataSource, "citizen_id = ? AND venue_id = ?", citizen, venue.id());
  }
}
