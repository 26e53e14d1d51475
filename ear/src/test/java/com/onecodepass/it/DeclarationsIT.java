package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.health.Declaration;
import com.onecodepass.codeissue.api.health.DeclarationOutcome;
import com.onecodepass.codeissue.api.health.HealthDeclarations;
import com.onecodepass.codeissue.api.health.Symptom;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.platform.api.CityClock;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Declarations open conditions; the rule set (default: 石家庄, 天津, 郑州 risky) colours. */
@ExtendWith(ArquillianExtension.class)
class DeclarationsIT {

  private static final LocalDate TODAY = LocalDate.now(CityClock.ZONE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB HealthDeclarations declarations;
  @EJB HealthRecords records;
  @EJB CodeCard codeCard;

  private long register() {
    return registration
        .register(new Registration("孙丽", TestPeople.residentId(), TestPeople.mobile(), "610112"))
        .citizenId();
  }

  @Test
  void feverTurnsTheCodeYellowUntilANegativeTest() throws Exception {
    long id = register();
    DeclarationOutcome outcome =
        declarations.declare(id, new Declaration(Set.of(Symptom.FEVER), null, null));

    assertTrue(outcome.symptomsRecorded());
    assertEquals(CodeColour.YELLOW, outcome.colour());
    CodeCardView card = codeCard.show(id);
    assertEquals(CodeColour.YELLOW, card.colour());
    assertEquals("SYMPTOMS", card.reasonCategory());

    Thread.sleep(20);
    Instant sampled = Instant.now();
    records.recordTestResult(
        new TestResultRecord(id, sampled, sampled.plusSeconds(1), TestOutcome.NEGATIVE, "检测中心"));
    assertEquals(CodeColour.GREEN, codeCard.show(id).colour());
    var history = records.history(id);
    assertEquals(CodeColour.GREEN, history.get(0).to());
    assertTrue(
        history.stream()
            .anyMatch(c -> c.to() == CodeColour.YELLOW && "SYMPTOMS".equals(c.reasonCategory())));
  }

  @Test
  void arrivalFromARiskCityTurnsYellowFromAnotherCityStaysGreen() {
    long fromRisk = register();
    DeclarationOutcome risky =
        declarations.declare(fromRisk, new Declaration(Set.of(), "天津", TODAY.minusDays(1)));
    assertTrue(risky.riskCityArrival());
    assertEquals(CodeColour.YELLOW, codeCard.show(fromRisk).colour());
    assertEquals("ARRIVAL", codeCard.show(fromRisk).reasonCategory());

    long fromElsewhere = register();
    DeclarationOutcome calm =
        declarations.declare(fromElsewhere, new Declaration(Set.of(), "北京", TODAY.minusDays(1)));
    assertFalse(calm.riskCityArrival());
    assertFalse(calm.symptomsRecorded());
    assertEquals(CodeColour.GREEN, codeCard.show(fromElsewhere).colour());
  }

  @Test
  void badArrivalIsRefusedAndChangesNothing() {
    long id = register();
    assertEquals(
        "declaration.arrivalDate",
        assertThrows(
                InvalidInputException.class,
                () ->
                    declarations.declare(
                        id, new Declaration(Set.of(Symptom.COUGH), "天津", TODAY.plusDays(3))))
            .messageKey());
    assertEquals(CodeColour.GREEN, codeCard.show(id).colour());
    assertTrue(records.history(id).isEmpty());
  }
}
