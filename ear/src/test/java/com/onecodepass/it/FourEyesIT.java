package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealDesk;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.api.appeal.AppealView;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.appeal.CodeOverrides;
import com.onecodepass.codeissue.api.appeal.OverrideStatus;
import com.onecodepass.codeissue.api.appeal.OverrideView;
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
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Red to green needs two officers: the first one's override (or appeal approval) waits, the
 * requester cannot approve it, a second officer of the district or a city admin can. Everything
 * else takes effect at once; an officer of another district is refused and the refusal audited.
 */
@ExtendWith(ArquillianExtension.class)
class FourEyesIT {

  private static final String IP = "10.0.0.7";
  private static final StaffScope A = new StaffScope("yanta-a", Role.DISTRICT_STAFF, "610113");
  private static final StaffScope B = new StaffScope("yanta-b", Role.DISTRICT_STAFF, "610113");
  private static final StaffScope ADMIN = new StaffScope("city-admin", Role.CITY_ADMIN, null);
  private static final StaffScope OTHER_DISTRICT =
      new StaffScope("changan-c", Role.DISTRICT_STAFF, "610116");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB HealthDeclarations declarations;
  @EJB HealthRecords records;
  @EJB CodeCard codeCard;
  @EJB CodeOverrides overrides;
  @EJB AppealDesk desk;
  @EJB Appeals appeals;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  /** A resident of 雁塔区; returns their resident ID, with {@link #idOf} for the citizen id. */
  private record Person(String residentId, long id) {}

  private Person register() {
    String residentId = TestPeople.residentId();
    long id =
        registration
            .register(new Registration("孙悦", residentId, TestPeople.mobile(), "610113"))
            .citizenId();
    return new Person(residentId, id);
  }

  private Person red() {
    Person p = register();
    OverrideView held = overrides.request(A, p.residentId(), CodeColour.RED, "确诊病例密接，居家隔离", IP);
    assertThat(held.status()).isEqualTo(OverrideStatus.APPLIED);
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    return p;
  }

  private CodeColour colour(Person p) {
    return codeCard.show(p.id()).colour();
  }

  @Test
  void redToGreenWaitsForASecondOfficerAndRecordsBoth() throws Exception {
    Person p = red();

    OverrideView request = overrides.request(A, p.residentId(), CodeColour.GREEN, "隔离期满，两次阴性", IP);
    assertThat(request.status()).isEqualTo(OverrideStatus.PENDING);
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    assertThat(overrides.pending(B, IP))
        .extracting(OverrideView::overrideId)
        .contains(request.overrideId());

    assertThat(refusal(() -> overrides.approve(A, request.overrideId(), IP)))
        .isEqualTo("override.ownRequest");
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    assertThat(audited("yanta-a", "override.approve.denied")).isPositive();

    OverrideView approved = overrides.approve(B, request.overrideId(), IP);
    assertThat(approved.status()).isEqualTo(OverrideStatus.APPLIED);
    assertThat(approved.requestedBy()).isEqualTo("yanta-a");
    assertThat(approved.decidedBy()).isEqualTo("yanta-b");
    assertThat(approved.decidedAt()).isNotNull();
    assertThat(colour(p)).isEqualTo(CodeColour.GREEN);
    var change = records.history(p.id()).get(0);
    assertThat(change.to()).isEqualTo(CodeColour.GREEN);
    assertThat(change.staffId()).isEqualTo("yanta-b");
    assertThat(change.detail()).contains("yanta-a").contains("隔离期满，两次阴性");
    assertThat(audited("yanta-a", "override.requested")).isPositive();
    assertThat(audited("yanta-b", "override.approve")).isPositive();
    assertThat(overrides.pending(B, IP))
        .extracting(OverrideView::overrideId)
        .doesNotContain(request.overrideId());
    assertThat(refusal(() -> overrides.approve(ADMIN, request.overrideId(), IP)))
        .isEqualTo("override.decided");
  }

  @Test
  void yellowToGreenAndMovesToYellowOrRedTakeEffectAtOnce() {
    Person p = register();
    declarations.declare(p.id(), new Declaration(Set.of(Symptom.FEVER), null, null));
    assertThat(colour(p)).isEqualTo(CodeColour.YELLOW);

    OverrideView green = overrides.request(A, p.residentId(), CodeColour.GREEN, "发热已排除", IP);
    assertThat(green.status()).isEqualTo(OverrideStatus.APPLIED);
    assertThat(green.decidedBy()).isNull();
    assertThat(colour(p)).isEqualTo(CodeColour.GREEN);
    assertThat(records.history(p.id()).get(0).detail()).contains("发热已排除");

    assertThat(overrides.request(A, p.residentId(), CodeColour.YELLOW, "次密接", IP).status())
        .isEqualTo(OverrideStatus.APPLIED);
    assertThat(colour(p)).isEqualTo(CodeColour.YELLOW);
    assertThat(refusal(() -> overrides.request(A, p.residentId(), CodeColour.YELLOW, "再次", IP)))
        .isEqualTo("override.same");
  }

  @Test
  void redToYellowIsImmediateButThenGreenStillNeedsFourEyes() {
    Person p = red();
    assertThat(overrides.request(A, p.residentId(), CodeColour.YELLOW, "降为黄码观察", IP).status())
        .isEqualTo(OverrideStatus.APPLIED);
    assertThat(colour(p)).isEqualTo(CodeColour.YELLOW);

    OverrideView green = overrides.request(A, p.residentId(), CodeColour.GREEN, "解除", IP);
    assertThat(green.status()).isEqualTo(OverrideStatus.PENDING);
    assertThat(colour(p)).isEqualTo(CodeColour.YELLOW);
  }

  @Test
  void aReasonIsMandatoryAndARejectionClosesTheRequestWithItsReason() {
    Person p = red();
    assertThat(refusal(() -> overrides.request(A, p.residentId(), CodeColour.GREEN, "  ", IP)))
        .isEqualTo("override.reason");
    OverrideView request = overrides.request(A, p.residentId(), CodeColour.GREEN, "误判", IP);
    assertThat(refusal(() -> overrides.reject(B, request.overrideId(), " ", IP)))
        .isEqualTo("override.reason");

    OverrideView rejected = overrides.reject(B, request.overrideId(), "核酸结果未回，暂不解除", IP);
    assertThat(rejected.status()).isEqualTo(OverrideStatus.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("核酸结果未回，暂不解除");
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    assertThat(refusal(() -> overrides.approve(B, request.overrideId(), IP)))
        .isEqualTo("override.decided");
  }

  @Test
  void anOfficerOfAnotherDistrictIsRefusedAndTheRefusalAudited() throws Exception {
    Person p = red();
    long before = audited("changan-c", "override.request.denied");

    assertThat(
            assertThrows(
                    NotPermittedException.class,
                    () ->
                        overrides.request(
                            OTHER_DISTRICT, p.residentId(), CodeColour.GREEN, "x", IP))
                .messageKey())
        .isEqualTo(NotPermittedException.KEY);
    assertThat(audited("changan-c", "override.request.denied")).isEqualTo(before + 1);

    OverrideView request = overrides.request(A, p.residentId(), CodeColour.GREEN, "解除隔离", IP);
    assertThrows(
        NotPermittedException.class,
        () -> overrides.approve(OTHER_DISTRICT, request.overrideId(), IP));
    assertThat(audited("changan-c", "override.approve.denied")).isPositive();
    assertThat(overrides.pending(OTHER_DISTRICT, IP))
        .extracting(OverrideView::overrideId)
        .doesNotContain(request.overrideId());
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    StaffScope checker = new StaffScope("checker-x", Role.CHECKER, null);
    assertThrows(NotPermittedException.class, () -> overrides.pending(checker, IP));

    // A city admin may be the second officer for any district.
    overrides.approve(ADMIN, request.overrideId(), IP);
    assertThat(colour(p)).isEqualTo(CodeColour.GREEN);
  }

  @Test
  void approvingARedPersonsAppealWaitsForTheSecondOfficer() throws Exception {
    Person p = red();
    AppealView filed = appeals.file(p.id(), AppealReason.NOT_THERE, "那天我在外地出差");

    assertThrows(
        NotPermittedException.class,
        () -> desk.decide(OTHER_DISTRICT, filed.appealId(), true, "同意", IP));
    assertThat(audited("changan-c", "appeal.decide.denied")).isPositive();

    AppealDesk.Decided decided = desk.decide(A, filed.appealId(), true, "经核实行程有误，予以解除", IP);
    assertThat(decided.awaitingSecondApprover()).isNotNull();
    assertThat(decided.appeal().status()).isEqualTo(AppealStatus.OPEN);
    assertThat(colour(p)).isEqualTo(CodeColour.RED);
    assertThat(appeals.mine(p.id()).get(0).awaitingSecondApprover()).isTrue();
    assertThat(refusal(() -> desk.decide(B, filed.appealId(), false, "驳回", IP)))
        .isEqualTo("appealDesk.awaiting");
    long requestId = decided.awaitingSecondApprover().overrideId();
    assertThat(refusal(() -> overrides.approve(A, requestId, IP))).isEqualTo("override.ownRequest");

    overrides.approve(B, requestId, IP);

    AppealView seen = appeals.mine(p.id()).get(0);
    assertThat(seen.status()).isEqualTo(AppealStatus.APPROVED);
    assertThat(seen.answer()).isEqualTo("经核实行程有误，予以解除");
    assertThat(seen.decidedBy()).isEqualTo("yanta-a");
    assertThat(seen.awaitingSecondApprover()).isFalse();
    assertThat(colour(p)).isEqualTo(CodeColour.GREEN);
    assertThat(records.history(p.id()).get(0).detail()).contains("yanta-a").contains("yanta-b");
  }

  private long audited(String actor, String action) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count =
            c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ?")) {
      count.setString(1, actor);
      count.setString(2, action);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The message key of a refusal, whichever kind. */
  private static String refusal(Executable call) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    if (e instanceof NotPermittedException refused) {
      return refused.messageKey();
    }
    if (e instanceof InvalidInputException invalid) {
      return invalid.messageKey();
    }
    throw e;
  }
}
