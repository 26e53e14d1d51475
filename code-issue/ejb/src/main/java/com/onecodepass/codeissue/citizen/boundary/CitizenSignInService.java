package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.OneTimeCodes;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.control.SmsGateway;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sign-in touches no table it writes: one look-up of the number and the shared sign-in cache, which
 * is not transactional. So it runs in its caller's transaction if there is one and otherwise in
 * none: in a sign-in storm a transaction per request was overhead with nothing to commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CitizenSignInService implements CitizenSignIn {

  @Inject PersonalDataVault vault;
  @Inject CitizenStore citizens;
  @Inject OneTimeCodes codes;
  @Inject SmsGateway sms;

  @Override
  public SignInChallenge requestCode(String mobileInput) {
    MobileNumber mobile = MobileNumber.parse(mobileInput);
    byte[] index = vault.indexOf(mobile);
    long holder =
        citizens
            .idByMobileIndex(index)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "mobile", "mobile.unknown", "no citizen with this number"));
    OneTimeCodes.IssuedCode issued = codes.issue(index, holder);
    String shown = sms.send(mobile, issued.code()).orElse(null);
    return new SignInChallenge(mobile.masked(), issued.expiresAt(), shown);
  }

  @Override
  public long signIn(String mobileInput, String code) {
    MobileNumber mobile = MobileNumber.parse(mobileInput);
    return codes.redeem(vault.indexOf(mobile), code);
  }
}
