package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealCase;
import com.onecodepass.codeissue.api.appeal.AppealDesk;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.api.appeal.AppealView;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.health.Declaration;
import com.onecodepass.codeissue.api.health.HealthDeclarations;
import com.onecodepass.codeissue.api.health.Symptom;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.platform.api.StaffScope.Role;
import jakarta.ejb.EJB;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Appeals against yellow and red codes, and the district officer's answer the citizen reads. */
@ExtendWith(ArquillianExtension.class)
class AppealsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB HealthDeclarations declarations;
  @EJB HealthRecords records;
  @EJB Appeals appeals;
  @EJB AppealDesk desk;

  private static final String IP = "127.0.0.1";
  private static final StaffScope CHANGAN =
      new StaffScope("changan", Role.DISTRICT_STAFF, "610116");
  private static final StaffScope YANTA = new StaffScope("yanta", Role.DISTRICT_STAFF, "610113");
  private static final StaffScope ADMIN = new StaffScope("admin", Role.CITY_ADMIN, null);
  @EJB CodeCard codeCard;

  private long green() {
    return registration
        .register(new Registration("马超", TestPeople.residentId(), TestPeople.mobile(), "610116"))
        .citizenId();
  }

  private long yellow() {
    long id = green();
    declarations.declare(id, new Declaration(Set.of(Symptom.COUGH), null, null));
    assertEquals(CodeColour.YELLOW, codeCard.show(id).colour());
    return id;
  }

  @Test
  void aGreenCodeCannotBeAppealed() {
    long id = green();
    assertEquals("appeal.green", refusal(() -> appeals.file(id, AppealReason.DATA_ERROR, null)));
    assertTrue(appeals.mine(id).isEmpty());
  }

  @Test
  void oneOpenAppealAtATimeAndTheDetailIsBounded() {
    long id = yellow();
    assertEquals(
        "appeal.detail", refusal(() -> appeals.file(id, AppealReason.OTHER, "长".repeat(501))));
    assertEquals("appeal.reason", refusal(() -> appeals.file(id, null, null)));
    AppealView filed = appeals.file(id, AppealReason.TESTED_NEGATIVE, "昨天已做核酸");
    assertEquals(AppealStatus.OPEN, filed.status());
    assertEquals("SYMPTOMS", filed.reasonCategory());
    assertEquals("appeal.open", refusal(() -> appeals.file(id, AppealReason.DATA_ERROR, null)));
    assertEquals(1, appeals.mine(id).size());
    assertTrue(
        desk.queue(CHANGAN, IP).stream().anyMatch(c -> c.appeal().appealId() == filed.appealId()));
    assertTrue(
        desk.queue(ADMIN, IP).stream().anyMatch(c -> c.appeal().appealId() == filed.appealId()));
    assertTrue(desk.queue(YANTA, IP).stream().noneMatch(c -> c.appeal().citizenId() == id));
    assertThrows(NotPermittedException.class, () -> desk.detail(YANTA, filed.appealId(), IP));
    AppealCase detail = desk.detail(CHANGAN, filed.appealId(), IP);
    assertEquals(CodeColour.YELLOW, detail.currentColour());
    assertEquals("SYMPTOMS", detail.currentReason());
    assertEquals(CodeColour.YELLOW, detail.history().get(0).to());
  }

  @Test
  void approvalEndsTheAppealedConditionsAndTheCodeTurnsGreen() {
    long id = yellow();
    AppealView filed = appeals.file(id, AppealReason.NOT_THERE, null);

    AppealView decided =
        desk.decide(CHANGAN, filed.appealId(), true, "经核实，申报有误，已恢复绿码", IP).appeal();

    assertEquals(AppealStatus.APPROVED, decided.status());
    assertEquals("changan", decided.decidedBy());
    assertNotNull(decided.decidedAt());
    assertEquals(CodeColour.GREEN, codeCard.show(id).colour());
    var latest = records.history(id).get(0);
    assertEquals(CodeColour.GREEN, latest.to());
    assertTrue(Set.of("APPEAL", "STAFF").contains(latest.source()), latest.source());
    assertEquals("changan", latest.staffId());
    assertEquals("经核实，申报有误，已恢复绿码", appeals.mine(id).get(0).answer());
    assertEquals(
        "appeal.decided", refusal(() -> desk.decide(CHANGAN, filed.appealId(), false, "再次", IP)));
  }

  @Test
  void rejectionKeepsTheColourAndABlankAnswerIsRefused() {
    long id = yellow();
    AppealView filed = appeals.file(id, AppealReason.DATA_ERROR, "信息有误");

    assertEquals(
        "appeal.answer", refusal(() -> desk.decide(CHANGAN, filed.appealId(), true, "  ", IP)));
    assertEquals(AppealStatus.OPEN, appeals.mine(id).get(0).status());
    assertEquals(CodeColour.YELLOW, codeCard.show(id).colour());

    assertEquals(
        "appeal.answer", refusal(() -> desk.decide(CHANGAN, filed.appealId(), false, null, IP)));
    AppealView rejected = desk.decide(CHANGAN, filed.appealId(), false, "申报属实，请先做核酸", IP).appeal();
    assertEquals(AppealStatus.REJECTED, rejected.status());
    assertEquals(CodeColour.YELLOW, codeCard.show(id).colour());
    assertEquals("申报属实，请先做核酸", appeals.mine(id).get(0).answer());
    assertEquals(AppealStatus.REJECTED, appeals.mine(id).get(0).status());
    // A decided appeal no longer blocks a new one.
    assertEquals(AppealStatus.OPEN, appeals.file(id, AppealReason.OTHER, null).status());
  }

  private static String refusal(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).messageKey();
  }
}
