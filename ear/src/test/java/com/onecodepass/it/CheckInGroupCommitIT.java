package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.transit.TransitTrip;
import com.onecodepass.triprecord.api.transit.TransitTrips;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many check-ins at once through the group commit, with duplicates, rescans, redelivered rides and
 * refusals mixed in and shuffled: every acknowledged check-in is a row, each visit is one row
 * however many requests named it (all of them got its id), and nothing refused was written.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInGroupCommitIT {

  private static final int PEOPLE = 30;
  private static final int VENUES = 4;
  private static final int RIDES = 30;
  private static final int THREADS = 24;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;
  @EJB CheckIns checkIns;
  @EJB TransitTrips transit;
  @EJB CitizenRegistration registration;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  /** One request and what it should become: a visit (citizen, venue, which) or a refusal. */
  private record Request(String visit, Work work) {}

  interface Work {
    long call() throws Exception;
  }

  @Test
  void concurrentDuplicatesAndRescansAreEachOneRowAndEveryAcknowledgementIsStored()
      throws Exception {
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(TripFixtures.citizen(registration));
    }
    List<VenueView> open = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int v = 0; v < VENUES; v++) {
      VenueView venue = TripFixtures.venue(venues, "并发签到", true);
      open.add(venue);
      tokens.add(venues.posterToken(TripFixtures.OPERATOR, venue.id()));
    }
    VenueView pending = TripFixtures.venue(venues, "待审核", false);
    String pendingToken = venues.posterToken(TripFixtures.OPERATOR, pending.id());
    String gate = "gc-it-" + System.nanoTime();
    VenueView station =
        venues.register(
            TripFixtures.OPERATOR,
            new VenueRegistration(
                "地铁测试站 " + gate, VenueCategory.TRANSIT_STATION, "雁塔区", "610113", null, gate));

    // Five seconds into a five-minute bucket two hours ago: the scans at t .. t + 2 min share
    // the bucket's key, so whichever lands first is the visit and the others repeat it in any
    // order; t + 8 min is more than five minutes after any of them, a second visit.
    long bucket = 300;
    Instant t =
        Instant.ofEpochSecond(
            (Instant.now().minus(Duration.ofHours(2)).getEpochSecond() / bucket) * bucket + 5);
    List<Request> requests = new ArrayList<>();
    for (long citizen : people) {
      for (int v = 0; v < VENUES; v++) {
        String token = tokens.get(v);
        String first = citizen + "/" + open.get(v).id() + "/1";
        String second = citizen + "/" + open.get(v).id() + "/2";
        for (int offset : new int[] {0, 0, 30, 120}) {
          Instant at = t.plusSeconds(offset);
          requests.add(
              new Request(first, () -> checkIns.checkInAt(citizen, token, at).checkInId()));
        }
        Instant later = t.plus(Duration.ofMinutes(8));
        for (int k = 0; k < 2; k++) {
          requests.add(
              new Request(second, () -> checkIns.checkInAt(citizen, token, later).checkInId()));
        }
      }
      requests.add(
          new Request(null, () -> checkIns.checkInAt(citizen, pendingToken, t).checkInId()));
      Instant tooOld = Instant.now().minus(Duration.ofDays(4));
      requests.add(
          new Request(null, () -> checkIns.checkInAt(citizen, tokens.get(0), tooOld).checkInId()));
    }
    List<Long> riders = new ArrayList<>();
    for (int r = 0; r < RIDES; r++) {
      long rider = TripFixtures.personId();
      riders.add(rider);
      String event = "evt-" + r;
      for (int k = 0; k < 3; k++) {
        requests.add(
            new Request("ride/" + r, () -> transit.record(new TransitTrip(gate, rider, t, event))));
      }
    }
    Collections.shuffle(requests, new Random(42));

    Map<String, Set<Long>> acknowledged = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < THREADS; w++) {
      workers.add(
          executor.submit(
              () -> {
                start.await();
                for (int i = next.getAndIncrement();
                    i < requests.size();
                    i = next.getAndIncrement()) {
                  Request r = requests.get(i);
                  try {
                    long id = r.work().call();
                    if (r.visit() == null) {
                      unexpected.add("acknowledged a refused request: " + id);
                    } else {
                      acknowledged
                          .computeIfAbsent(r.visit(), k -> ConcurrentHashMap.newKeySet())
                          .add(id);
                    }
                  } catch (VenueException e) {
                    if (r.visit() == null) {
                      refused.incrementAndGet();
                    } else {
                      unexpected.add(r.visit() + ": " + e.messageKey());
                    }
                  } catch (Exception e) {
                    unexpected.add(r.visit() + ": " + e);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : workers) {
      f.get();
    }

    assertThat(unexpected).isEmpty();
    assertThat(refused.get()).isEqualTo(2 * PEOPLE);
    int visits = PEOPLE * VENUES * 2 + RIDES;
    assertThat(acknowledged).hasSize(visits);
    Set<Long> ids = new HashSet<>();
    for (Map.Entry<String, Set<Long>> visit : acknowledged.entrySet()) {
      // Every request for the same visit got the same receipt.
      assertThat(visit.getValue()).as(visit.getKey()).hasSize(1);
      ids.addAll(visit.getValue());
    }
    assertThat(ids).hasSize(visits);
    for (long id : ids) {
      assertThat(TripFixtures.count(dataSource, "id = ?", id)).isEqualTo(1);
    }
    for (long citizen : people) {
      for (VenueView venue : open) {
        assertThat(
                TripFixtures.count(
                    dataSource, "citizen_id = ? AND venue_id = ?", citizen, venue.id()))
            .isEqualTo(2);
      }
      // Nothing refused was written: not at the pending venue, not four days ago.
      assertThat(TripFixtures.count(dataSource, "citizen_id = ?", citizen)).isEqualTo(VENUES * 2L);
    }
    for (long rider : riders) {
      assertThat(
              TripFixtures.count(
                  dataSource, "citizen_id = ? AND venue_id = ?", rider, station.id()))
          .isEqualTo(1);
    }
    // And a receipt answered later for the same visit is still the same row.
    long citizen = people.get(0);
    CheckInReceipt again = checkIns.checkInAt(citizen, tokens.get(0), t.plusSeconds(200));
    assertThat(again.repeated()).isTrue();
    assertThat(acknowledged.get(citizen + "/" + open.get(0).id() + "/1"))
        .containsExactly(again.checkInId());
  }
}
