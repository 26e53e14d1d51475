package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A family at the gate: one tap checks in the holder and the dependants they hold, no one else. */
@ExtendWith(ArquillianExtension.class)
class CheckInTogetherIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;
  @EJB CheckIns checkIns;
  @EJB CitizenRegistration registration;
  @EJB Dependants dependants;
  @EJB HealthRecords records;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "code-issue")
  EntityManagerFactory codeIssue;

  @Test
  void holderAndDependantsAreCheckedInEachWithTheirOwnRow() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "大唐不夜城", true);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    long holder = TripFixtures.citizen(registration);
    long grandma =
        dependants.add(holder, "李秀英", TestPeople.residentId(), "PARENT", true).citizenId();
    long child = dependants.add(holder, "李小宝", TestPeople.residentId(), "CHILD", true).citizenId();
    records.startCondition(
        grandma,
        ConditionType.CLOSE_CONTACT,
        Instant.now(),
        ConditionSource.STAFF,
        "case-9",
        "yanta",
        null);

    List<CheckInReceipt> receipts =
        checkIns.checkInTogether(holder, List.of(grandma, child), token);

    assertThat(receipts)
        .extracting(CheckInReceipt::citizenId)
        .containsExactly(holder, grandma, child);
    assertThat(receipts).extracting(CheckInReceipt::maskedName).contains("李*英", "李*宝");
    // Each person carries their own colour at the gate: the red one cannot hide behind the others.
    assertThat(receipts)
        .extracting(CheckInReceipt::colour)
        .containsExactly("GREEN", "RED", "GREEN");
    for (CheckInReceipt r : receipts) {
      assertThat(TripFixtures.count(dataSource, "id = ?", r.checkInId())).isEqualTo(1);
    }
    // A rescan within five minutes writes nothing new for any of them.
    assertThat(checkIns.checkInTogether(holder, List.of(grandma, child), token))
        .allMatch(CheckInReceipt::repeated);
  }

  @Test
  void aFamilyOfFourCostsCodeIssueOneQueryOnAWarmCache() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "永兴坊", true);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    long holder = TripFixtures.citizen(registration);
    List<Long> family = new ArrayList<>();
    for (String name : List.of("王秀兰", "王小明", "王小红")) {
      family.add(dependants.add(holder, name, TestPeople.residentId(), "CHILD", true).citizenId());
    }

    long before = statements();
    List<CheckInReceipt> receipts = checkIns.checkInTogether(holder, family, token);
    long after = statements();

    assertThat(receipts).hasSize(4).noneMatch(CheckInReceipt::repeated);
    // The holder's links, read once for the three of them; the four colours come from the cache.
    assertThat(after - before).as("code-issue SQL statements for 1 + 3 people").isEqualTo(1);
  }

  private long statements() {
    Statistics statistics = codeIssue.unwrap(SessionFactory.class).getStatistics();
    assertThat(statistics.isStatisticsEnabled()).as("hibernate.generate_statistics").isTrue();
    return statistics.getPrepareStatementCount();
  }

  @Test
  void someoneTheCitizenDoesNotHoldIsRefusedAndNobodyIsCheckedIn() throws Exception {
    VenueView venue = TripFixtures.venue(venues, "钟楼饭店", true);
    String token = venues.posterToken(TripFixtures.OPERATOR, venue.id());
    long holder = TripFixtures.citizen(registration);
    long stranger = TripFixtures.citizen(registration);

    assertThatThrownBy(() -> checkIns.checkInTogether(holder, List.of(stranger), token))
        .isInstanceOf(VenueException.class)
        .extracting(e -> ((VenueException) e).messageKey())
        .isEqualTo("checkin.notHolder");
    assertThat(TripFixtures.count(dataSource, "citizen_id = ?", holder)).isZero();
    assertThat(TripFixtures.count(dataSource, "citizen_id = ?", stranger)).isZero();
  }
}
