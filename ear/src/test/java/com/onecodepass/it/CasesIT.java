package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.codeissue.api.cases.TracedPerson;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An outbreak worked through the Cases service against MariaDB: a case marked by resident ID, the
 * trace kept with its overlaps, close contacts confirmed (red, reason and officer recorded, twice
 * changes nothing), their secondary contacts (yellow), and another district's officer refused with
 * an audit entry.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

  private static final StaffScope YANTA = TripFixtures.YANTA;
  private static final StaffScope XINCHENG = TripFixtures.XINCHENG;
  private static final String FROM = "203.0.113.7";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Cases cases;
  @EJB CitizenRegistration registration;
  @EJB HealthRecords records;
  @EJB CodeCard codeCard;
  @EJB Venues venues;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource ds;

  /** The people of one outbreak: who was where, and when. */
  private final class Outbreak {
    final String caseResidentId = TestPeople.residentId();
    final long theCase = register("王建国", caseResidentId);
    final long near = register("李四", TestPeople.residentId()); // 10 min after: 20 min overlap
    final long edge = register("张三", TestPeople.residentId()); // 25 min before: 5 min
    final long rider = register("赵六", TestPeople.residentId()); // same metro station
    final long late = register("孙七", TestPeople.residentId()); // 45 min after: not a companion
    final long second = register("周八", TestPeople.residentId()); // with `near` elsewhere
    final VenueView shop = TripFixtures.venue(venues, "病例超市", true);
    final VenueView cafe = TripFixtures.venue(venues, "次密接餐馆", true);
    final VenueView station = station();
    final Instant t = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

    Outbreak() throws SQLException {
      TripFixtures.insert(ds, theCase, shop.id(), t);
      TripFixtures.insert(ds, near, shop.id(), t.plus(Duration.ofMinutes(10)));
      TripFixtures.insert(ds, edge, shop.id(), t.minus(Duration.ofMinutes(25)));
      TripFixtures.insert(ds, late, shop.id(), t.plus(Duration.ofMinutes(45)));
      TripFixtures.insert(ds, theCase, station.id(), t.plus(Duration.ofHours(2)));
      TripFixtures.insert(ds, rider, station.id(), t.plus(Duration.ofHours(2).plusMinutes(3)));
      Instant t2 = t.plus(Duration.ofDays(1));
      TripFixtures.insert(ds, near, cafe.id(), t2);
      TripFixtures.insert(ds, second, cafe.id(), t2.plus(Duration.ofMinutes(5)));
    }

    private VenueView station() {
      VenueView v =
          venues.register(
              TripFixtures.OPERATOR,
              new VenueRegistration(
                  "地铁2号线 病例站",
                  VenueCategory.TRANSIT_STATION,
                  "雁塔区",
                  "610113",
                  null,
                  "case-it-" + System.nanoTime()));
      return venues.approve(YANTA, v.id());
    }
  }

  private long register(String name, String residentId) {
    return registration
        .register(new Registration(name, residentId, TestPeople.mobile(), "610113"))
        .citizenId();
  }

  /**
   * A crowd: 2,050 people at the case's venue within the window. The run keeps and shows the 2,000
   * with the most overlap (the nearest in time) and says how many it found.
   */
  @Test
  void aCrowdIsKeptAsItsClosestTwoThousandAndCounted() throws Exception {
    String residentId = TestPeople.residentId();
    long theCase = register("吴人多", residentId);
    VenueView hall = TripFixtures.venue(venues, "人多商场", true);
    Instant t = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    TripFixtures.insert(ds, theCase, hall.id(), t);
    java.util.List<Long> crowd = new java.util.ArrayList<>();
    java.util.Set<Long> drawn = new java.util.HashSet<>();
    for (int i = 0; i < 2_050; i++) {
      long person = TripFixtures.personId();
      // 2,050 draws from 10^9 repeat once in ~500 runs, and a repeat is one person
      while (!drawn.add(person)) {
        person = TripFixtures.personId();
      }
      crowd.add(person);
      // the first 2,000 within 10 minutes (20+ minutes of overlap), the last 50 at 25-29 minutes
      long apart = i < 2_000 ? i % 600 : 1_500 + (i - 2_000) * 5;
      TripFixtures.insert(ds, person, hall.id(), t.plusSeconds(apart));
    }
    CaseView marked =
        cases.markByResidentId(YANTA, FROM, residentId, CaseSource.LAB_POSITIVE, null);

    TraceRunView run = cases.trace(YANTA, FROM, marked.id(), 14, 30);

    assertThat(run.peopleFound()).isEqualTo(2_050);
    assertThat(run.capped()).isTrue();
    assertThat(run.people()).hasSize(2_000);
    assertThat(run.people())
        .extracting(TracedPerson::citizenId)
        .isSubsetOf(crowd.subList(0, 2_000));
    assertThat(cases.latestRun(YANTA, FROM, marked.id(), ContactKind.CLOSE).orElseThrow())
        .isEqualTo(run);
  }

  @Test
  void markTraceConfirmCloseAndSecondaryContacts() throws Exception {
    Outbreak o = new Outbreak();

    CaseView marked =
        cases.markByResidentId(YANTA, FROM, o.caseResidentId, CaseSource.LAB_POSITIVE, "ward 3");
    assertThat(marked.citizenId()).isEqualTo(o.theCase);
    assertThat(marked.districtCode()).isEqualTo("610113");
    assertThat(marked.confirmedBy()).isEqualTo("yanta");
    assertThat(codeCard.show(o.theCase).colour()).isEqualTo(CodeColour.RED);
    assertThat(codeCard.show(o.theCase).reasonCategory()).isEqualTo("CASE");
    ColourChangeView caseChange = records.history(o.theCase).get(0);
    assertThat(caseChange.staffId()).isEqualTo("yanta");
    assertThat(caseChange.detail()).contains("#" + marked.id());
    // Marking again is the same case, not a second one.
    assertThat(cases.mark(YANTA, FROM, o.theCase, CaseSource.SCREENING, null).id())
        .isEqualTo(marked.id());

    TraceRunView run = cases.trace(YANTA, FROM, marked.id(), 14, 30);
    Map<Long, TracedPerson> found = byId(run.people());
    assertThat(found.keySet()).contains(o.near, o.edge, o.rider).doesNotContain(o.late, o.theCase);
    assertThat(run.peopleFound()).isEqualTo(run.people().size());
    assertThat(run.capped()).isFalse();
    TracedOverlap nearShop = found.get(o.near).overlaps().get(0);
    assertThat(nearShop.venueId()).isEqualTo(o.shop.id());
    assertThat(nearShop.minutes()).isEqualTo(20);
    assertThat(nearShop.transit()).isFalse();
    assertThat(nearShop.contactAt()).isEqualTo(o.t.plus(Duration.ofMinutes(10)));
    assertThat(found.get(o.edge).totalMinutes()).isEqualTo(5);
    assertThat(found.get(o.rider).overlaps().get(0).transit()).isTrue();
    assertThat(found.get(o.rider).overlaps().get(0).minutes()).isEqualTo(27);
    assertThat(found.values()).allMatch(p -> p.confirmedAs() == null);
    // The kept run reads back the same.
    assertThat(cases.latestRun(YANTA, FROM, marked.id(), ContactKind.CLOSE).orElseThrow())
        .isEqualTo(run);

    assertThatThrownBy(() -> cases.traceSecondary(YANTA, FROM, marked.id(), List.of(), 14, 30))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "cases.noCloseContacts");
    assertThatThrownBy(() -> cases.confirm(YANTA, FROM, marked.id(), run.id(), List.of(o.late)))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "cases.notInRun");

    assertThat(cases.confirm(YANTA, FROM, marked.id(), run.id(), List.of(o.near, o.edge)))
        .isEqualTo(2);
    for (long contact : List.of(o.near, o.edge)) {
      assertThat(codeCard.show(contact).colour()).isEqualTo(CodeColour.RED);
      assertThat(codeCard.show(contact).reasonCategory()).isEqualTo("CLOSE_CONTACT");
      ColourChangeView change = records.history(contact).get(0);
      assertThat(change.staffId()).isEqualTo("yanta");
      assertThat(change.detail())
          .isEqualTo("close contact of case #" + marked.id())
          .doesNotContain("王建国", "王*国");
    }
    assertThat(codeCard.show(o.rider).colour()).isEqualTo(CodeColour.GREEN);
    assertThat(codeCard.show(o.late).colour()).isEqualTo(CodeColour.GREEN);
    long conditionsBefore = openConditions(o.near);
    int historyBefore = records.history(o.near).size();

    // Confirming again changes nothing more.
    assertThat(cases.confirm(YANTA, FROM, marked.id(), run.id(), List.of(o.near, o.edge))).isZero();
    assertThat(openConditions(o.near)).isEqualTo(conditionsBefore).isEqualTo(1);
    assertThat(records.history(o.near)).hasSize(historyBefore);
    TraceRunView reviewed =
        cases.latestRun(YANTA, FROM, marked.id(), ContactKind.CLOSE).orElseThrow();
    assertThat(byId(reviewed.people()).get(o.near).confirmedAs()).isEqualTo(ContactKind.CLOSE);
    assertThat(byId(reviewed.people()).get(o.near).colour()).isEqualTo(CodeColour.RED);
    assertThat(byId(reviewed.people()).get(o.rider).confirmedAs()).isNull();
    assertThat(cases.find(YANTA, FROM, marked.id()).closeContacts()).isEqualTo(2);

    TraceRunView secondary = cases.traceSecondary(YANTA, FROM, marked.id(), List.of(), 14, 30);
    Map<Long, TracedPerson> secondFound = byId(secondary.people());
    assertThat(secondary.kind()).isEqualTo(ContactKind.SECONDARY);
    assertThat(secondFound.keySet()).contains(o.second).doesNotContain(o.theCase, o.near, o.edge);
    assertThat(secondFound.get(o.second).overlaps().get(0).sourceCitizenId().value())
        .isEqualTo(o.near);
    assertThat(cases.confirm(YANTA, FROM, marked.id(), secondary.id(), List.of(o.second)))
        .isEqualTo(1);
    assertThat(cases.confirm(YANTA, FROM, marked.id(), secondary.id(), List.of(o.second))).isZero();
    assertThat(codeCard.show(o.second).colour()).isEqualTo(CodeColour.YELLOW);
    assertThat(codeCard.show(o.second).reasonCategory()).isEqualTo("CONTACT");
    assertThat(records.history(o.second).get(0).detail())
        .isEqualTo("secondary contact of case #" + marked.id());
    assertThat(records.history(o.second).get(0).staffId()).isEqualTo("yanta");

    assertThat(audit("yanta", "cases.mark", "case#" + marked.id() + " %")).isEqualTo(1);
    assertThat(audit("yanta", "cases.confirm.close", "citizen#" + o.near + " %")).isEqualTo(1);
    assertThat(audit("yanta", "cases.confirm.secondary", "citizen#" + o.second + " %"))
        .isEqualTo(1);
    assertThat(audit("yanta", "cases.trace", "case#" + marked.id() + " run#%")).isEqualTo(1);
    assertThat(cases.list(YANTA, FROM, 200)).extracting(CaseView::id).contains(marked.id());
  }

  @Test
  void positivesAwaitADecisionInTheirDistrictUntilMarked() throws Exception {
    Outbreak o = new Outbreak();
    Instant sampled = Instant.now().minus(Duration.ofHours(6));
    records.recordTestResult(
        new TestResultRecord(
            o.late, sampled, sampled.plus(Duration.ofHours(3)), TestOutcome.POSITIVE, "测试实验室"));

    assertThat(cases.pendingPositives(YANTA, FROM))
        .filteredOn(p -> p.citizenId() == o.late)
        .singleElement()
        .satisfies(p -> assertThat(p.lab()).isEqualTo("测试实验室"))
        .satisfies(p -> assertThat(p.residentIdMasked()).contains("**********"));
    assertThat(cases.pendingPositives(XINCHENG, FROM)).noneMatch(p -> p.citizenId() == o.late);
    assertThat(cases.pendingPositives(TripFixtures.ADMIN, FROM))
        .anyMatch(p -> p.citizenId() == o.late);

    cases.mark(YANTA, FROM, o.late, CaseSource.LAB_POSITIVE, null);
    assertThat(cases.pendingPositives(YANTA, FROM)).noneMatch(p -> p.citizenId() == o.late);
    assertThat(codeCard.show(o.late).reasonCategory()).isEqualTo("CASE");
  }

  @Test
  void anotherDistrictsOfficerIsRefusedAndTheRefusalIsAudited() throws Exception {
    Outbreak o = new Outbreak();
    CaseView marked = cases.mark(YANTA, FROM, o.theCase, CaseSource.HOSPITAL_REPORT, null);
    TraceRunView run = cases.trace(YANTA, FROM, marked.id(), 14, 30);

    assertThatThrownBy(() -> cases.find(XINCHENG, FROM, marked.id()))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> cases.trace(XINCHENG, FROM, marked.id(), 14, 30))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> cases.confirm(XINCHENG, FROM, marked.id(), run.id(), List.of(o.near)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> cases.mark(XINCHENG, FROM, o.near, CaseSource.LAB_POSITIVE, null))
        .isInstanceOf(NotPermittedException.class);
    StaffScope checker = new StaffScope("checker", StaffScope.Role.CHECKER, null);
    assertThatThrownBy(() -> cases.find(checker, FROM, marked.id()))
        .isInstanceOf(NotPermittedException.class);

    assertThat(codeCard.show(o.near).colour()).isEqualTo(CodeColour.GREEN);
    assertThat(openConditions(o.near)).isZero();
    assertThat(cases.list(XINCHENG, FROM, 500))
        .extracting(CaseView::id)
        .doesNotContain(marked.id());
    assertThat(audit("xincheng", "cases.read.denied", "case#" + marked.id())).isEqualTo(1);
    assertThat(audit("xincheng", "cases.confirm.denied", "case#" + marked.id())).isEqualTo(1);
    assertThat(audit("xincheng", "cases.mark.denied", "citizen#" + o.near + " %")).isEqualTo(1);
    // A city admin reaches every district.
    StaffScope admin = TripFixtures.ADMIN;
    assertThat(cases.find(admin, FROM, marked.id()).id()).isEqualTo(marked.id());
    assertThat(cases.confirm(admin, FROM, marked.id(), run.id(), List.of(o.near))).isEqualTo(1);
  }

  private static Map<Long, TracedPerson> byId(List<TracedPerson> people) {
    return people.stream().collect(Collectors.toMap(TracedPerson::citizenId, Function.identity()));
  }

  private long openConditions(long citizenId) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM health_condition WHERE citizen_id = ? AND ended_at IS NULL",
        citizenId);
  }

  private long audit(String actor, String action, String targetLike) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? AND target LIKE ?"
            + " AND client_address = '"
            + FROM
            + "'",
        actor,
        action,
        targetLike);
  }

  private long count(String sql, Object... args) throws SQLException {
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
