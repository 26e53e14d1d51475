package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.rules.AreaConditions;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaNotPermitted;
import com.onecodepass.triprecord.api.riskarea.RiskAreaPreview;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risk areas end to end in the container: the preview's counts are exactly what publishing does, to
 * exactly the people who checked in at the covered venues during the period, with the area as the
 * reason and the officer on record; re-applying records nobody twice; withdrawing turns them back;
 * an officer of another district is refused and audited.
 */
@ExtendWith(ArquillianExtension.class)
class RiskAreaIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB RiskAreas areas;
  @EJB Venues venues;
  @EJB CitizenRegistration registration;
  @EJB CodeCard codeCard;
  @EJB HealthRecords records;
  @EJB AreaConditions conditions;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource ds;

  private VenueView venue(String community) {
    VenueView v =
        venues.register(
            TripFixtures.OPERATOR,
            new VenueRegistration(
                "风险测试场所 " + RANDOM.nextInt(1_000_000),
                VenueCategory.SUPERMARKET,
                "雁塔区测试路" + RANDOM.nextInt(1000) + "号",
                "610113",
                community,
                null));
    return venues.approve(TripFixtures.YANTA, v.id());
  }

  private RiskAreaDraft compound(String name, String community, Instant from) {
    return new RiskAreaDraft(
        name,
        RiskAreaLevel.HIGH,
        RiskAreaKind.COMPOUND,
        "610113",
        community,
        null,
        from,
        Instant.now().plus(Duration.ofDays(7)));
  }

  private RiskAreaView until(long id, Predicate<RiskAreaView> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    RiskAreaView v = areas.find(TripFixtures.YANTA, id);
    while (!done.test(v) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      v = areas.find(TripFixtures.YANTA, id);
    }
    return v;
  }

  private CodeColour colour(long citizen) {
    return codeCard.show(citizen).colour();
  }

  @Test
  void previewCountsAreWhatPublishingDoesToExactlyTheVisitors() throws Exception {
    String community = "风险测试小区" + RANDOM.nextInt(1_000_000);
    VenueView inside = venue(community);
    VenueView outside = venue("别的小区" + RANDOM.nextInt(1_000_000));
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant from = now.minus(Duration.ofDays(3));

    long green1 = TripFixtures.citizen(registration);
    long green2 = TripFixtures.citizen(registration);
    long red = TripFixtures.citizen(registration);
    long tested = TripFixtures.citizen(registration);
    long elsewhere = TripFixtures.citizen(registration);
    long tooEarly = TripFixtures.citizen(registration);
    records.startCondition(
        red,
        ConditionType.CONFIRMED_CASE,
        now.minus(Duration.ofDays(5)),
        ConditionSource.STAFF,
        "it",
        "it",
        "case");
    TripFixtures.insert(ds, green1, inside.id(), now.minus(Duration.ofDays(1)));
    TripFixtures.insert(ds, green1, inside.id(), now.minus(Duration.ofHours(20)));
    TripFixtures.insert(ds, green2, inside.id(), now.minus(Duration.ofHours(2)));
    TripFixtures.insert(ds, red, inside.id(), now.minus(Duration.ofDays(1)));
    Instant testedVisit = now.minus(Duration.ofDays(2)).minus(Duration.ofHours(12));
    TripFixtures.insert(ds, tested, inside.id(), testedVisit);
    for (int h : new int[] {1, 30}) {
      Instant sample = testedVisit.plus(Duration.ofHours(h));
      records.recordTestResult(
          new TestResultRecord(
              tested, sample, sample.plus(Duration.ofHours(3)), TestOutcome.NEGATIVE, "it-lab"));
    }
    TripFixtures.insert(ds, elsewhere, outside.id(), now.minus(Duration.ofDays(1)));
    TripFixtures.insert(ds, tooEarly, inside.id(), from.minus(Duration.ofHours(1)));

    String name = "小区 " + community;
    RiskAreaView area =
        areas.define(TripFixtures.YANTA, "127.0.0.1", compound(name, community, from));
    assertThat(area.status()).isEqualTo(RiskAreaStatus.DRAFT);
    assertThatThrownBy(() -> areas.publish(TripFixtures.YANTA, "127.0.0.1", area.id()))
        .hasMessageContaining("risk.previewFirst");

    RiskAreaPreview preview = areas.preview(TripFixtures.YANTA, "127.0.0.1", area.id());
    ColourForecast f = preview.forecast();
    assertThat(preview.venues()).isEqualTo(1);
    assertThat(f.people()).isEqualTo(4);
    assertThat(f.count(CodeColour.GREEN, CodeColour.YELLOW)).isEqualTo(2);
    assertThat(f.count(CodeColour.RED, CodeColour.RED)).isEqualTo(1);
    assertThat(f.count(CodeColour.GREEN, CodeColour.GREEN)).isEqualTo(1);
    assertThat(f.changing()).isEqualTo(2);
    // The preview changed nobody.
    assertThat(colour(green1)).isEqualTo(CodeColour.GREEN);

    areas.publish(TripFixtures.YANTA, "127.0.0.1", area.id());
    RiskAreaView applied = until(area.id(), v -> v.status() == RiskAreaStatus.APPLIED);
    assertThat(applied.status()).isEqualTo(RiskAreaStatus.APPLIED);
    assertThat(applied.total()).isEqualTo(4L);
    assertThat(applied.done()).isEqualTo(4L);
    assertThat(applied.recorded()).isEqualTo(4L);
    assertThat(applied.publishedBy()).isEqualTo("yanta");

    assertThat(colour(green1)).isEqualTo(CodeColour.YELLOW);
    assertThat(colour(green2)).isEqualTo(CodeColour.YELLOW);
    assertThat(colour(red)).isEqualTo(CodeColour.RED);
    assertThat(colour(tested)).isEqualTo(CodeColour.GREEN);
    assertThat(colour(elsewhere)).isEqualTo(CodeColour.GREEN);
    assertThat(colour(tooEarly)).isEqualTo(CodeColour.GREEN);
    ColourChangeView change = records.history(green1).get(0);
    assertThat(change.to()).isEqualTo(CodeColour.YELLOW);
    assertThat(change.reasonCode()).isEqualTo("HIGH_RISK_AREA_TRIP");
    assertThat(change.staffId()).isEqualTo("yanta");
    assertThat(change.detail()).contains(name, applied.publicId());
    assertThat(conditionsOf(area.id())).isEqualTo(4);
    assertThat(areas.inForce()).extracting(RiskAreaView::id).contains(area.id());

    // Re-applying (what a resumed run does) records nobody twice and changes no colour.
    AreaConditions.Recorded again =
        conditions.record(
            ConditionType.HIGH_RISK_AREA_TRIP,
            "risk-area:" + area.id(),
            Map.of(
                CitizenId.of(green1),
                now,
                CitizenId.of(green2),
                now,
                CitizenId.of(red),
                now,
                CitizenId.of(tested),
                now),
            "yanta",
            "again");
    assertThat(again.recorded()).isZero();
    assertThat(again.recoloured()).isZero();
    assertThat(conditionsOf(area.id())).isEqualTo(4);
    assertThat(records.history(green1)).filteredOn(c -> c.to() == CodeColour.YELLOW).hasSize(1);
    assertThat(audited("yanta", "risk-area.publish", area.id())).isEqualTo(1);
    assertThat(audited("yanta", "risk-area.create", area.id())).isEqualTo(1);

    areas.withdraw(TripFixtures.YANTA, "127.0.0.1", area.id());
    RiskAreaView withdrawn = until(area.id(), v -> !v.endingPending());
    assertThat(withdrawn.status()).isEqualTo(RiskAreaStatus.WITHDRAWN);
    assertThat(colour(green1)).isEqualTo(CodeColour.GREEN);
    assertThat(colour(green2)).isEqualTo(CodeColour.GREEN);
    assertThat(colour(red)).isEqualTo(CodeColour.RED);
    assertThat(areas.inForce()).extracting(RiskAreaView::id).doesNotContain(area.id());
    assertThat(audited("yanta", "risk-area.withdraw", area.id())).isEqualTo(1);
  }

  @Test
  void anOfficerOfAnotherDistrictIsRefusedAndAudited() throws Exception {
    String community = "越权测试小区" + RANDOM.nextInt(1_000_000);
    StaffScope xincheng = TripFixtures.XINCHENG;
    assertThatThrownBy(
            () ->
                areas.define(
                    xincheng,
                    "10.0.0.9",
                    compound("越权 " + community, community, Instant.now().minusSeconds(3600))))
        .isInstanceOf(RiskAreaNotPermitted.class);
    assertThat(count("SELECT COUNT(*) FROM risk_area WHERE place = ?", community)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = 'xincheng'"
                    + " AND action = 'risk-area.denied' AND client_address = '10.0.0.9'"
                    + " AND target LIKE ?",
                "%" + community + "%"))
        .isEqualTo(1);

    RiskAreaView theirs =
        areas.define(
            TripFixtures.YANTA,
            "127.0.0.1",
            compound("雁塔 " + community, community, Instant.now().minusSeconds(3600)));
    assertThatThrownBy(() -> areas.preview(xincheng, "10.0.0.9", theirs.id()))
        .isInstanceOf(RiskAreaNotPermitted.class);
    assertThatThrownBy(() -> areas.withdraw(xincheng, "10.0.0.9", theirs.id()))
        .isInstanceOf(RiskAreaNotPermitted.class);
    assertThat(areas.visibleTo(xincheng, 500))
        .extracting(RiskAreaView::id)
        .doesNotContain(theirs.id());
    assertThat(areas.find(TripFixtures.YANTA, theirs.id()).status())
        .isEqualTo(RiskAreaStatus.DRAFT);
    // A city admin may define anywhere.
    assertThat(
            areas
                .define(
                    TripFixtures.ADMIN,
                    "127.0.0.1",
                    compound("市级 " + community, community, Instant.now().minusSeconds(3600)))
                .districtCode())
        .isEqualTo("610113");
  }

  private long conditionsOf(long areaId) throws Exception {
    return count(
        "SELECT COUNT(*) FROM health_condition WHERE source_ref = ?", "risk-area:" + areaId);
  }

  private long audited(String actor, String action, long areaId) throws Exception {
    return count(
        "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? AND target LIKE ?",
        actor,
        action,
        "risk-area:" + areaId + " %");
  }

  private long count(String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
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
