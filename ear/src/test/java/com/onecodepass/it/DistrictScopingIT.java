package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenCard;
import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.platform.api.StaffScope.Role;
import com.onecodepass.triprecord.api.checkin.StaffTrips;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * District scoping is enforced by the EJBs themselves: called directly, with no page in between, a
 * district officer cannot read another district's citizen, and every read or refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictScopingIT {

  private static final String YANTA = "610113";
  private static final String XINCHENG = "610102";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CitizenRecords records;
  @EJB StaffTrips trips;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Test
  void anOfficerOfAnotherDistrictIsRefusedEveryWayAndTheRefusalIsAudited() throws Exception {
    String residentId = TestPeople.residentId();
    long citizen = register("赵敏", residentId, XINCHENG);
    StaffScope yanta = new StaffScope(uniqueActor(), Role.DISTRICT_STAFF, YANTA);

    // "not yours" answers as "not there" (the audit entry tells them apart)
    assertThat(records.lookUp(yanta, residentId, "192.0.2.1")).isEmpty();
    assertThat(records.card(yanta, citizen, "192.0.2.1")).isEmpty();
    assertThatThrownBy(() -> records.unmask(yanta, citizen, "curiosity", "192.0.2.1"))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> records.history(yanta, citizen, null, "192.0.2.1"))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> trips.recentTrips(yanta, citizen, null, "192.0.2.1"))
        .isInstanceOf(NotPermittedException.class);

    assertThat(actions(yanta.username()))
        .containsExactly(
            "citizen.lookup.denied|192.0.2.1|null",
            "citizen.view.denied|192.0.2.1|null",
            "citizen.unmask.denied|192.0.2.1|curiosity",
            "citizen.history.denied|192.0.2.1|null",
            "citizen.trips.denied|192.0.2.1|null");
    assertThat(targets(yanta.username()))
        .allSatisfy(t -> assertThat(t).doesNotContain(residentId).contains("**********"));
  }

  @Test
  void anOfficerOfTheSameDistrictReadsAndEachReadIsAudited() throws Exception {
    String residentId = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    long citizen = register("钱立", residentId, mobile, YANTA);
    StaffScope yanta = new StaffScope(uniqueActor(), Role.DISTRICT_STAFF, YANTA);

    List<CitizenCard> byId = records.lookUp(yanta, residentId, "192.0.2.2");
    assertThat(byId).extracting(CitizenCard::citizenId).containsExactly(citizen);
    assertThat(byId.get(0).residentIdMasked()).doesNotContain(residentId.substring(6, 14));
    assertThat(byId.get(0).nameMasked()).isEqualTo("钱*");
    assertThat(records.lookUp(yanta, mobile, "192.0.2.2"))
        .extracting(CitizenCard::citizenId)
        .containsExactly(citizen);
    assertThatThrownBy(() -> records.unmask(yanta, citizen, "  ", "192.0.2.2"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("citizen.reason.required");
    var identity = records.unmask(yanta, citizen, "case 2026-114 contact check", "192.0.2.2");
    assertThat(identity.name()).isEqualTo("钱立");
    assertThat(identity.residentId()).isEqualTo(residentId);
    assertThat(identity.mobile()).isEqualTo(mobile);
    assertThat(records.history(yanta, citizen, null, "192.0.2.2").tests()).isEmpty();
    assertThat(trips.recentTrips(yanta, citizen, null, "192.0.2.2")).isEmpty();

    assertThat(actions(yanta.username()))
        .containsExactly(
            "citizen.lookup|192.0.2.2|null",
            "citizen.lookup|192.0.2.2|null",
            "citizen.unmask|192.0.2.2|case 2026-114 contact check",
            "citizen.history|192.0.2.2|null",
            "citizen.trips|192.0.2.2|null");
  }

  @Test
  void aCityAdminReadsEveryDistrictAndOtherRolesNone() throws Exception {
    String residentId = TestPeople.residentId();
    long citizen = register("孙悦", residentId, XINCHENG);
    StaffScope admin = new StaffScope(uniqueActor(), Role.CITY_ADMIN, null);

    assertThat(records.lookUp(admin, residentId, "192.0.2.3"))
        .extracting(CitizenCard::districtCode)
        .containsExactly(XINCHENG);
    assertThat(records.unmask(admin, citizen, "complaint 88", "192.0.2.3").name()).isEqualTo("孙悦");
    assertThat(actions(admin.username()))
        .containsExactly("citizen.lookup|192.0.2.3|null", "citizen.unmask|192.0.2.3|complaint 88");

    StaffScope checker = new StaffScope(uniqueActor(), Role.CHECKER, XINCHENG);
    assertThat(records.card(checker, citizen, "192.0.2.4")).isEmpty();
    assertThat(actions(checker.username())).containsExactly("citizen.view.denied|192.0.2.4|null");
  }

  @Test
  void anIdNobodyHasIsRefusedLikeAnotherDistrictsPerson() throws Exception {
    long foreign = register("吴桐", TestPeople.residentId(), XINCHENG);
    StaffScope yanta = new StaffScope(uniqueActor(), Role.DISTRICT_STAFF, YANTA);
    long nobody = Long.MAX_VALUE - 7;
    for (long id : List.of(foreign, nobody)) {
      assertThat(records.card(yanta, id, "192.0.2.6")).isEmpty();
      assertThatThrownBy(() -> records.history(yanta, id, null, "192.0.2.6"))
          .isInstanceOf(NotPermittedException.class)
          .extracting(e -> ((NotPermittedException) e).messageKey())
          .isEqualTo("citizen.notPermitted");
      assertThatThrownBy(() -> trips.recentTrips(yanta, id, null, "192.0.2.6"))
          .isInstanceOf(NotPermittedException.class)
          .extracting(e -> ((NotPermittedException) e).messageKey())
          .isEqualTo("citizen.notPermitted");
    }
    assertThat(actions(yanta.username()))
        .containsExactly(
            "citizen.view.denied|192.0.2.6|null",
            "citizen.history.denied|192.0.2.6|null",
            "citizen.trips.denied|192.0.2.6|null",
            "citizen.view|192.0.2.6|null",
            "citizen.history.denied|192.0.2.6|null",
            "citizen.trips.denied|192.0.2.6|null");
  }

  @Test
  void aLookUpOfNonsenseIsABadInputNotAnError() {
    StaffScope admin = new StaffScope(uniqueActor(), Role.CITY_ADMIN, null);
    assertThatThrownBy(() -> records.lookUp(admin, "12345", "192.0.2.5"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("citizen.query.invalid");
  }

  private long register(String name, String residentId, String district) {
    return register(name, residentId, TestPeople.mobile(), district);
  }

  private long register(String name, String residentId, String mobile, String district) {
    return registration.register(new Registration(name, residentId, mobile, district)).citizenId();
  }

  private static String uniqueActor() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private List<String> actions(String actor) throws Exception {
    return column(actor, "CONCAT(action, '|', client_address, '|', COALESCE(reason, 'null'))");
  }

  private List<String> targets(String actor) throws Exception {
    return column(actor, "target");
  }

  private List<String> column(String actor, String expression) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + expression + " FROM audit_entry WHERE actor = ? ORDER BY id")) {
      s.setString(1, actor);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
    }
    return values;
  }
}
