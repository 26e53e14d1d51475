package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.RegisteredCitizen;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one-time code lifecycle, through the shared Infinispan cache on the real server. */
@ExtendWith(ArquillianExtension.class)
class SignInCodeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CitizenSignIn signIn;

  @Test
  void aCodeSignsInOnceAndOnlyTheRightCitizen() {
    String mobile = TestPeople.mobile();
    RegisteredCitizen citizen = register(mobile);

    SignInChallenge challenge = signIn.requestCode(mobile);
    assertNotNull(challenge.demoCode(), "the demo gateway shows the code");
    assertEquals(citizen.maskedMobile(), challenge.maskedMobile());

    assertEquals(citizen.citizenId(), signIn.signIn(mobile, challenge.demoCode()));
    assertEquals("otp.expired", refusal(mobile, challenge.demoCode()), "a code is single-use");
  }

  @Test
  void aWrongCodeIsCountedAndFiveLockTheNumber() {
    String mobile = TestPeople.mobile();
    register(mobile);
    SignInChallenge challenge = signIn.requestCode(mobile);
    String wrong = challenge.demoCode().equals("000000") ? "111111" : "000000";

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertEquals("otp.wrong", refusal(mobile, wrong));
    }
    assertEquals("otp.locked", refusal(mobile, wrong));
    assertEquals("otp.locked", refusal(mobile, challenge.demoCode()), "even the right code waits");
    assertEquals(
        "otp.locked",
        assertThrows(InvalidInputException.class, () -> signIn.requestCode(mobile)).messageKey());
  }

  @Test
  void anUnregisteredOrMalformedNumberGetsAClearAnswer() {
    assertEquals(
        "mobile.unknown",
        assertThrows(InvalidInputException.class, () -> signIn.requestCode(TestPeople.mobile()))
            .messageKey());
    assertEquals(
        "mobile.invalid",
        assertThrows(InvalidInputException.class, () -> signIn.requestCode("12345")).messageKey());
  }

  private RegisteredCitizen register(String mobile) {
    return registration.register(new Registration("陈静", TestPeople.residentId(), mobile, "610112"));
  }

  private String refusal(String mobile, String code) {
    return assertThrows(InvalidInputException.class, () -> signIn.signIn(mobile, code))
        .messageKey();
  }
}
