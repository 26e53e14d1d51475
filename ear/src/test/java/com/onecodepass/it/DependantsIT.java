package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.DependantView;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.citizen.RegisteredCitizen;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.health.Declaration;
import com.onecodepass.codeissue.api.health.HealthDeclarations;
import com.onecodepass.codeissue.api.health.Symptom;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Family codes: adding, the limits and refusals, the holder check, and claiming on registration.
 */
@ExtendWith(ArquillianExtension.class)
class DependantsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CitizenSignIn signIn;
  @EJB Dependants dependants;
  @EJB CodeCard codeCard;
  @EJB HealthDeclarations declarations;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private long holder() {
    return registration
        .register(new Registration("陈刚", TestPeople.residentId(), TestPeople.mobile(), "610113"))
        .citizenId();
  }

  @Test
  void aHolderAddsUpToFiveAndTheSixthIsRefused() {
    long holder = holder();
    for (int i = 0; i < 5; i++) {
      DependantView added =
          dependants.add(holder, "陈小" + "一二三四五".charAt(i), TestPeople.residentId(), "CHILD", true);
      assertTrue(dependants.isHolderOf(holder, added.citizenId()));
      assertEquals(CodeColour.GREEN, codeCard.show(added.citizenId()).colour());
    }
    assertEquals(
        "dependant.limit",
        refusal(() -> dependants.add(holder, "陈小六", TestPeople.residentId(), "CHILD", true)));
    assertEquals(5, dependants.dependantsOf(holder).size());
    assertEquals("陈*一", dependants.dependantsOf(holder).get(0).maskedName());
  }

  @Test
  void consentRelationAndIdAreCheckedLikeRegistration() {
    long holder = holder();
    String id = TestPeople.residentId();
    assertEquals(
        "dependant.consent",
        refusal(() -> dependants.add(holder, "陈奶奶", id, "GRANDPARENT", false)));
    assertEquals(
        "dependant.relation", refusal(() -> dependants.add(holder, "陈奶奶", id, "BOSS", true)));
    String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    assertEquals(
        "residentId.checkDigit",
        refusal(() -> dependants.add(holder, "陈奶奶", wrongCheckDigit, "GRANDPARENT", true)));
    assertEquals(
        "name.invalid", refusal(() -> dependants.add(holder, "<b>", id, "GRANDPARENT", true)));
    assertTrue(dependants.dependantsOf(holder).isEmpty());
  }

  @Test
  void duplicateIdsAndRegisteredPeopleAreRefused() {
    long holder = holder();
    long other = holder();
    String id = TestPeople.residentId();
    dependants.add(holder, "陈爷爷", id, "GRANDPARENT", true);

    assertEquals(
        "dependant.already", refusal(() -> dependants.add(holder, "陈爷爷", id, "GRANDPARENT", true)));
    assertEquals(
        "dependant.heldByOther", refusal(() -> dependants.add(other, "陈爷爷", id, "PARENT", true)));

    String registeredId = TestPeople.residentId();
    registration.register(new Registration("王强", registeredId, TestPeople.mobile(), "610104"));
    assertEquals(
        "dependant.ownAccount",
        refusal(() -> dependants.add(holder, "王强", registeredId, "OTHER", true)));
    assertTrue(dependants.dependantsOf(other).isEmpty());
  }

  @Test
  void onlyTheHolderHoldsAndRemovingKeepsThePerson() {
    long holder = holder();
    long stranger = holder();
    String id = TestPeople.residentId();
    DependantView child = dependants.add(holder, "陈小明", id, "CHILD", true);

    assertTrue(dependants.isHolderOf(holder, child.citizenId()));
    assertFalse(dependants.isHolderOf(stranger, child.citizenId()));
    assertFalse(dependants.isHolderOf(child.citizenId(), holder));
    assertEquals(
        "dependant.unknown", refusal(() -> dependants.remove(stranger, child.citizenId())));

    dependants.remove(holder, child.citizenId());
    assertFalse(dependants.isHolderOf(holder, child.citizenId()));
    assertEquals("陈*明", codeCard.show(child.citizenId()).maskedName());
    // Taken over again with the same name and ID: the same person, history kept.
    assertEquals(
        "dependant.nameMismatch", refusal(() -> dependants.add(stranger, "李明", id, "CHILD", true)));
    assertEquals(child.citizenId(), dependants.add(stranger, "陈小明", id, "CHILD", true).citizenId());
  }

  @Test
  void registeringAHeldDependantsIdTakesNothingFromTheHolder() throws SQLException {
    long holder = holder();
    String id = TestPeople.residentId();
    DependantView child = dependants.add(holder, "陈小红", id, "CHILD", true);

    // Someone else who knows the ID: another name, their own number, another district.
    String strangersMobile = TestPeople.mobile();
    assertEquals(
        "dependant.nameMismatch",
        refusal(
            () -> registration.register(new Registration("王大锤", id, strangersMobile, "610102"))));
    // Even with the right name, the person stays with the holder until the holder lets go.
    InvalidInputException held =
        assertThrows(
            InvalidInputException.class,
            () -> registration.register(new Registration("陈小红", id, strangersMobile, "610102")));
    assertEquals("residentId.heldByFamily", held.messageKey());
    assertEquals("residentId", held.field());

    assertEquals("陈*红", dependants.dependantsOf(holder).get(0).maskedName());
    assertTrue(dependants.isHolderOf(holder, child.citizenId()));
    assertEquals("610113|null", districtAndMobile(child.citizenId()), "not moved, no number");
    assertEquals(
        "mobile.unknown", refusal(() -> signIn.requestCode(strangersMobile)), "no account made");
  }

  @Test
  void onceTheHolderLetsGoTheyClaimTheirRowWithTheSameName() {
    long holder = holder();
    String id = TestPeople.residentId();
    DependantView child = dependants.add(holder, "陈小红", id, "CHILD", true);
    declarations.declare(child.citizenId(), new Declaration(Set.of(Symptom.FEVER), null, null));
    dependants.remove(holder, child.citizenId()); // the holder's consent

    String mobile = TestPeople.mobile();
    assertEquals(
        "dependant.nameMismatch",
        refusal(() -> registration.register(new Registration("陈晓红", id, mobile, "610102"))));
    RegisteredCitizen claimed =
        registration.register(new Registration("陈小红", id, mobile, "610102"));

    assertEquals(child.citizenId(), claimed.citizenId());
    assertEquals("陈*红", claimed.maskedName());
    assertEquals(CodeColour.YELLOW, codeCard.show(claimed.citizenId()).colour(), "history kept");
    assertEquals(mobile.substring(0, 3) + "****" + mobile.substring(7), claimed.maskedMobile());
    signIn.requestCode(mobile); // the claimed row can now sign in
    assertEquals(
        "residentId.taken",
        refusal(
            () ->
                registration.register(new Registration("陈小红", id, TestPeople.mobile(), "610102"))));
    assertEquals(
        "dependant.ownAccount", refusal(() -> dependants.add(holder(), "陈小红", id, "CHILD", true)));
  }

  @Test
  void aRegisteredPersonsIdAnswersTakenWhateverTheName() {
    String id = TestPeople.residentId();
    registration.register(new Registration("陈大明", id, TestPeople.mobile(), "610113"));
    assertEquals(
        "residentId.taken",
        refusal(
            () ->
                registration.register(new Registration("李四", id, TestPeople.mobile(), "610113"))));
  }

  private String districtAndMobile(long citizenId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT district_code, mobile_masked FROM citizen WHERE id = ?")) {
      select.setLong(1, citizenId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1) + "|" + row.getString(2);
      }
    }
  }

  private static String refusal(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).messageKey();
  }
}
