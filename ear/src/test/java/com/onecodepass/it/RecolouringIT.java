package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.codeissue.api.testing.TubeView;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event-driven recolouring on the real server and MariaDB: each kind of record changes exactly the
 * people it concerns, with a reason in their history and in the cached code state.
 */
@ExtendWith(ArquillianExtension.class)
class RecolouringIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB HealthRecords records;
  @EJB CodeCard codeCard;
  @EJB Sampling sampling;

  @Test
  void aPositiveResultTurnsRedAndTwoSpacedNegativesTurnItBack() {
    long id = citizen();
    Instant sampled = Instant.now().minus(Duration.ofDays(3));
    records.recordTestResult(result(id, sampled, TestOutcome.POSITIVE));
    assertEquals(CodeColour.RED, codeCard.status(id).colour());
    assertEquals("TEST_POSITIVE", codeCard.status(id).reasonCategory());

    records.recordTestResult(result(id, sampled.plus(Duration.ofHours(30)), TestOutcome.NEGATIVE));
    assertEquals(CodeColour.RED, codeCard.status(id).colour(), "one negative is not enough");
    records.recordTestResult(result(id, sampled.plus(Duration.ofHours(54)), TestOutcome.NEGATIVE));
    assertEquals(CodeColour.GREEN, codeCard.status(id).colour());

    List<ColourChangeView> history = records.history(id);
    assertEquals(2, history.size());
    assertEquals(CodeColour.GREEN, history.get(0).to());
    assertEquals(CodeColour.RED, history.get(1).to());
    assertEquals("POSITIVE_RESULT", history.get(1).reasonCode());
  }

  @Test
  void aStaffDecisionIsRecordedWithTheOfficerAndCanBeEnded() {
    long id = citizen();
    long other = citizen();
    long condition =
        records.startCondition(
            id,
            ConditionType.CLOSE_CONTACT,
            Instant.now(),
            ConditionSource.STAFF,
            "case-1",
            "yanta",
            "same office");
    assertEquals(CodeColour.RED, codeCard.status(id).colour());
    assertEquals(CodeColour.GREEN, codeCard.status(other).colour(), "only the person concerned");
    ColourChangeView change = records.history(id).get(0);
    assertEquals("STAFF", change.source());
    assertEquals("yanta", change.staffId());
    assertEquals("CLOSE_CONTACT", change.reasonCategory());

    records.endCondition(condition, "tested negative twice, released", "yanta");
    assertEquals(CodeColour.GREEN, codeCard.status(id).colour());
  }

  @Test
  void aPositivePoolTurnsEveryMemberYellowUntilTheirOwnNegative() {
    List<Long> ids = List.of(citizen(), citizen(), citizen());
    List<String> residentIds = new ArrayList<>();
    String tube = "T" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "雁塔区采样点1", "checker");
    for (long id : ids) {
      residentIds.add(RESIDENT_IDS.get(id));
      sampling.addToTube(tube, RESIDENT_IDS.get(id), "checker");
    }
    TubeView resulted =
        sampling.recordTubeResult(tube, TestOutcome.POSITIVE, Instant.now(), "lab-1", "yanta");
    assertEquals(3, resulted.members().size());
    for (long id : ids) {
      assertEquals(CodeColour.YELLOW, codeCard.status(id).colour());
      assertEquals("RETEST", codeCard.status(id).reasonCategory());
    }

    sampling.recordIndividualResult(
        residentIds.get(0), TestOutcome.NEGATIVE, Instant.now(), Instant.now(), "lab-1", "yanta");
    assertEquals(CodeColour.GREEN, codeCard.status(ids.get(0)).colour());
    assertEquals(CodeColour.YELLOW, codeCard.status(ids.get(1)).colour());

    sampling.recordIndividualResult(
        residentIds.get(1), TestOutcome.POSITIVE, Instant.now(), Instant.now(), "lab-1", "yanta");
    assertEquals(CodeColour.RED, codeCard.status(ids.get(1)).colour());
  }

  @Test
  void aNegativePoolGivesEachMemberANegativeResult() {
    long id = citizen();
    String tube = "N" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "site", "checker");
    sampling.addToTube(tube, RESIDENT_IDS.get(id), "checker");
    sampling.recordTubeResult(tube, TestOutcome.NEGATIVE, Instant.now(), "lab-2", "yanta");

    assertEquals(TestOutcome.NEGATIVE, records.testResults(id).get(0).result());
    assertEquals(tube, records.testResults(id).get(0).tubeBarcode());
    assertNotNull(codeCard.show(id).latestNegativeTestAt());
  }

  @Test
  void aTubeTakesTenDistinctPeopleAndNothingAfterItsResult() {
    String tube = "F" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "site", "checker");
    long first = citizen();
    sampling.addToTube(tube, RESIDENT_IDS.get(first), "checker");
    assertEquals(
        "tube.duplicate",
        refusal(() -> sampling.addToTube(tube, RESIDENT_IDS.get(first), "checker")));
    for (int i = 1; i < 10; i++) {
      sampling.addToTube(tube, RESIDENT_IDS.get(citizen()), "checker");
    }
    assertTrue(sampling.tube(tube).full());
    assertEquals(
        "tube.full",
        refusal(() -> sampling.addToTube(tube, RESIDENT_IDS.get(citizen()), "checker")));
    sampling.recordTubeResult(tube, TestOutcome.NEGATIVE, Instant.now(), "lab", "yanta");
    assertEquals(
        "tube.resulted",
        refusal(() -> sampling.addToTube(tube, TestPeople.residentId(), "checker")));
    assertEquals("tube.barcode", refusal(() -> sampling.openTube("x", "site", "checker")));
    sampling.openTube(tube + "B", "site", "checker");
    assertEquals(
        "member.unknown",
        refusal(() -> sampling.addToTube(tube + "B", TestPeople.residentId(), "checker")));
  }

  @Test
  void bulkReevaluationCountsOnlyRealChanges() {
    List<Long> ids = List.of(citizen(), citizen());
    assertEquals(0, records.reevaluate(ids));
  }

  private static final Map<Long, String> RESIDENT_IDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private long citizen() {
    String residentId = TestPeople.residentId();
    long id =
        registration
            .register(new Registration("测试者", residentId, TestPeople.mobile(), "610113"))
            .citizenId();
    RESIDENT_IDS.put(id, residentId);
    return id;
  }

  private static TestResultRecord result(long id, Instant sampled, TestOutcome outcome) {
    return new TestResultRecord(
        id, sampled, sampled.plus(Duration.ofHours(6)), outcome, "西安市第一检测中心");
  }

  private static String refusal(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).messageKey();
  }
}
