package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.OneTimeCodes;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.control.SmsGateway;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class CitizenSignInService implements CitizenSignIn {

  @Inject PersonalDataVault vault;
  @Inject CitizenStore citizens;
  @Inject OneTimeCodes codes;
  @Inject SmsGateway sms;

  @Override
  public SignInChallenge requestCode(String mobileInput) {
    MobileNumber mobile = MobileNumber.parse(mobileInput);
    byte[] index = vault.indexOf(mobile);
    List<Citizen> holders = citizens.byMobile(mobile, 1);
    if (holders.isEmpty()) {
      throw new InvalidInputException("mobile", "mobile.unknown", "no citizen with this number");
    }
    OneTimeCodes.IssuedCode issued = codes.issue(index, holders.get(0).id());
    String shown = sms.send(mobile, issued.code()).orElse(null);
    return new SignInChallenge(mobile.masked(), issued.expiresAt(), shown);
  }

  @Override
  public long signIn(String mobileInput, String code) {
    MobileNumber mobile = MobileNumber.parse(mobileInput);
    return codes.redeem(vault.indexOf(mobile), code);
  }
}
