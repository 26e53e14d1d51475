package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.citizen.RegisteredCitizen;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration on the real server and MariaDB: what is stored, and what is refused. */
@ExtendWith(ArquillianExtension.class)
class CitizenRegistrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CitizenSignIn signIn;
  @EJB Dependants dependants;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Test
  void storesIdAndPhoneOnlyEncryptedWithBlindIndexes() throws Exception {
    String id = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    RegisteredCitizen citizen =
        registration.register(new Registration("张小三", id, mobile, "610113"));

    assertEquals("张*三", citizen.maskedName());
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("SELECT * FROM citizen WHERE id = ?")) {
      select.setLong(1, citizen.citizenId());
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        StringBuilder everything = new StringBuilder();
        for (int col = 1; col <= row.getMetaData().getColumnCount(); col++) {
          byte[] raw = row.getBytes(col);
          if (raw != null) {
            everything.append(new String(raw, StandardCharsets.ISO_8859_1)).append('|');
            everything.append(new String(raw, StandardCharsets.UTF_8)).append('|');
          }
        }
        String dump = everything.toString();
        assertFalse(dump.contains(id), "plain resident ID stored");
        assertFalse(dump.contains(id.substring(4, 14)), "birth date part of the ID stored");
        assertFalse(dump.contains(mobile), "plain mobile number stored");
        assertFalse(dump.contains("张小三"), "plain name stored");
        assertEquals(
            id.substring(0, 4) + "**********" + id.substring(14),
            row.getString("resident_id_masked"));
        assertEquals(32, row.getBytes("resident_id_index").length);
      }
    }
  }

  @Test
  void refusesASecondRegistrationOfTheSameIdAndWritesNothing() throws Exception {
    String id = TestPeople.residentId();
    registration.register(new Registration("李四", id, TestPeople.mobile(), "610102"));
    long before = citizenCount();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> registration.register(new Registration("王五", id, TestPeople.mobile(), "610103")));

    assertEquals("residentId.taken", refused.messageKey());
    assertEquals(before, citizenCount());
  }

  @Test
  void oneMobileNumberBelongsToOneAccount() throws Exception {
    String mobile = TestPeople.mobile();
    long first =
        registration
            .register(new Registration("钱一", TestPeople.residentId(), mobile, "610113"))
            .citizenId();
    long before = citizenCount();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                registration.register(
                    new Registration("孙二", TestPeople.residentId(), "+86 " + mobile, "610102")));

    assertEquals("mobile", refused.field());
    assertEquals("mobile.taken", refused.messageKey());
    assertEquals(before, citizenCount());
    SignInChallenge challenge = signIn.requestCode(mobile);
    assertEquals(first, signIn.signIn(mobile, challenge.demoCode()), "the number's one holder");
  }

  @Test
  void aDependantClaimingTheirRowNeedsANumberOfTheirOwn() {
    long holder =
        registration
            .register(
                new Registration("周父", TestPeople.residentId(), TestPeople.mobile(), "610113"))
            .citizenId();
    String childId = TestPeople.residentId();
    long child = dependants.add(holder, "周小", childId, "CHILD", true).citizenId();
    dependants.remove(holder, child);
    String taken = TestPeople.mobile();
    registration.register(new Registration("吴某", TestPeople.residentId(), taken, "610113"));

    assertEquals("mobile.taken", refusal(new Registration("周小", childId, taken, "610113")));
    assertEquals(
        child,
        registration
            .register(new Registration("周小", childId, TestPeople.mobile(), "610113"))
            .citizenId());
  }

  @Test
  void theDatabaseKeepsANumberToOneRowEvenPastTheCheck() throws Exception {
    String mobile = TestPeople.mobile();
    long first =
        registration
            .register(new Registration("郑一", TestPeople.residentId(), mobile, "610113"))
            .citizenId();
    long second =
        registration
            .register(
                new Registration("郑二", TestPeople.residentId(), TestPeople.mobile(), "610113"))
            .citizenId();
    try (Connection c = dataSource.getConnection();
        PreparedStatement copy =
            c.prepareStatement(
                "UPDATE citizen SET mobile_index = (SELECT i FROM (SELECT mobile_index AS i"
                    + " FROM citizen WHERE id = ?) one) WHERE id = ?")) {
      copy.setLong(1, first);
      copy.setLong(2, second);
      assertThrows(SQLException.class, copy::executeUpdate);
    }
  }

  @Test
  void refusesBadFieldsWithTheFieldNamed() {
    String id = TestPeople.residentId();
    String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

    assertEquals(
        "residentId.checkDigit",
        refusal(new Registration("赵六", wrongCheckDigit, TestPeople.mobile(), "610113")));
    assertEquals("mobile.invalid", refusal(new Registration("赵六", id, "12345678901", "610113")));
    assertEquals(
        "district.unknown", refusal(new Registration("赵六", id, TestPeople.mobile(), "999999")));
    assertEquals(
        "name.invalid", refusal(new Registration("<script>", id, TestPeople.mobile(), "610113")));
  }

  private String refusal(Registration form) {
    return assertThrows(InvalidInputException.class, () -> registration.register(form))
        .messageKey();
  }

  private long citizenCount() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM citizen")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
