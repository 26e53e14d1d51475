package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaPreview;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast a risk area reaches codes: {@code risk.bench.people} (10,000) green people checked in at
 * one venue; the preview, the batched apply (everyone turns yellow) and the withdrawal (everyone
 * back to green) are timed. Prints a "RISK-AREA-THROUGHPUT" line for docs/PERFORMANCE.md.
 */
@ExtendWith(ArquillianExtension.class)
class RiskAreaThroughputIT {

  private static final Logger LOG = Logger.getLogger("RISK-AREA-THROUGHPUT");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB RiskAreas areas;
  @EJB CodeCard codeCard;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource ds;

  @Test
  void appliesAndWithdrawsForTenThousandPeople() throws Exception {
    int people = Integer.getInteger("risk.bench.people", 10_000);
    List<Long> ids;
    long venue;
    try (Connection c = ds.getConnection()) {
      ids = RiskFixtures.citizens(c, people);
      venue = RiskFixtures.venue(c, "压测小区");
      RiskFixtures.visits(c, ids, venue, Instant.now().minus(Duration.ofHours(6)));
    }
    RiskAreaView area =
        areas.define(
            TripFixtures.YANTA,
            "127.0.0.1",
            new RiskAreaDraft(
                "压测区域",
                RiskAreaLevel.HIGH,
                RiskAreaKind.VENUES,
                "610113",
                null,
                List.of(venue),
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(7))));

    long t0 = System.nanoTime();
    RiskAreaPreview preview = areas.preview(TripFixtures.YANTA, "127.0.0.1", area.id());
    double previewSeconds = (System.nanoTime() - t0) / 1e9;
    assertThat(preview.forecast().count(CodeColour.GREEN, CodeColour.YELLOW)).isEqualTo(people);

    long t1 = System.nanoTime();
    areas.publish(TripFixtures.YANTA, "127.0.0.1", area.id());
    RiskAreaView applied = until(area.id(), v -> v.status() == RiskAreaStatus.APPLIED);
    double applySeconds = (System.nanoTime() - t1) / 1e9;
    assertThat(applied.status()).isEqualTo(RiskAreaStatus.APPLIED);
    assertThat(applied.recorded()).isEqualTo(people);
    assertThat(codeCard.show(ids.get(people / 2)).colour()).isEqualTo(CodeColour.YELLOW);

    long t2 = System.nanoTime();
    areas.withdraw(TripFixtures.YANTA, "127.0.0.1", area.id());
    RiskAreaView ended = until(area.id(), v -> !v.endingPending());
    double endSeconds = (System.nanoTime() - t2) / 1e9;
    assertThat(ended.endingPending()).isFalse();
    assertThat(codeCard.show(ids.get(people / 2)).colour()).isEqualTo(CodeColour.GREEN);

    String line =
        String.format(
            "people=%d preview=%.1fs (%.0f/s) apply=%.1fs (%.0f/s) withdraw=%.1fs (%.0f/s)",
            people,
            previewSeconds,
            people / previewSeconds,
            applySeconds,
            people / applySeconds,
            endSeconds,
            people / endSeconds);
    LOG.info(line);
    System.out.println("RISK-AREA-THROUGHPUT " + line);
  }

  private RiskAreaView until(long id, Predicate<RiskAreaView> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    RiskAreaView v = areas.find(TripFixtures.YANTA, id);
    while (!done.test(v) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      v = areas.find(TripFixtures.YANTA, id);
    }
    return v;
  }
}
