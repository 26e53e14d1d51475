package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measures what a synchronous, committed check-in costs on this server and database: new check-ins
 * (verify the venue code, look for a rescan, read the colour from the cache, insert and commit)
 * against rescans (the same without the insert and commit), sequentially and with 8 threads. Prints
 * "CHECKIN-THROUGHPUT" lines to the server log for docs/PERFORMANCE.md; asserts only that every
 * check-in landed once.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInThroughputIT {

  private static final Logger LOG = Logger.getLogger("CHECKIN-THROUGHPUT");
  private static final int PEOPLE = 100;
  private static final int VENUES = 10;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;
  @EJB CheckIns checkIns;
  @EJB CitizenRegistration registration;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void measureCommittedCheckInsAgainstRescans() throws Exception {
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(TripFixtures.citizen(registration));
    }
    List<String> tokens = new ArrayList<>();
    List<Long> venueIds = new ArrayList<>();
    for (int v = 0; v < VENUES * 2; v++) {
      VenueView venue = TripFixtures.venue(venues, "吞吐量测试", true);
      venueIds.add(venue.id());
      tokens.add(venues.posterToken(TripFixtures.OPERATOR, venue.id()));
    }
    List<String> sequential = tokens.subList(0, VENUES);
    List<String> parallel = tokens.subList(VENUES, 2 * VENUES);

    double writeSeq = rate(() -> run(people, sequential, 1));
    double rescanSeq = rate(() -> run(people, sequential, 1));
    double writePar = rate(() -> run(people, parallel, 8));
    double rescanPar = rate(() -> run(people, parallel, 8));

    int n = PEOPLE * VENUES;
    LOG.info(
        String.format(
            "CHECKIN-THROUGHPUT %d check-ins, 1 thread: new %.0f/s, rescan %.0f/s",
            n, writeSeq, rescanSeq));
    LOG.info(
        String.format(
            "CHECKIN-THROUGHPUT %d check-ins, 8 threads: new %.0f/s, rescan %.0f/s",
            n, writePar, rescanPar));
    for (long venue : venueIds) {
      assertThat(TripFixtures.count(dataSource, "venue_id = ?", venue)).isEqualTo(PEOPLE);
    }
  }

  /**
   * A check-in that waited over the queue's bound (1 s) for the database is refused, retry-safe
   * (503 to a phone, which retries): on a shared box a burst right after deployment can meet that.
   * The phone's retries, at most 3, are what this measures too; a fourth refusal fails the test.
   */
  private void checkInAsAPhoneWould(long person, String token) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        checkIns.checkIn(person, token);
        return;
      } catch (RuntimeException e) {
        if (attempt > 3 || !refusedForTime(e)) {
          throw e;
        }
        LOG.info("CHECKIN-THROUGHPUT retry after a queue-wait refusal, attempt " + attempt);
        Thread.sleep(100L * attempt);
      }
    }
  }

  private static boolean refusedForTime(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // By name: the test deployment need not see trip-record's control classes.
      if (t.getClass().getName().endsWith(".GroupCommit$Refused")) {
        return true;
      }
    }
    return false;
  }

  interface Work {
    void run() throws Exception;
  }

  private static double rate(Work work) throws Exception {
    long t0 = System.nanoTime();
    work.run();
    return PEOPLE * VENUES / ((System.nanoTime() - t0) / 1e9);
  }

  private void run(List<Long> people, List<String> tokens, int threads) throws Exception {
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int slice = t;
      futures.add(
          executor.submit(
              () -> {
                for (int i = slice; i < people.size(); i += threads) {
                  for (String token : tokens) {
                    checkInAsAPhoneWould(people.get(i), token);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
  }
}
