package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.RegisteredCitizen;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.control.UniqueKeys;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.dependant.control.DependantLinks;
import com.onecodepass.codeissue.district.entity.DistrictRow;
import com.onecodepass.codeissue.token.control.CodeToken;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;

@Stateless
public class CitizenRegistrationService implements CitizenRegistration {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;
  @Inject CitizenStore citizens;
  @Inject DependantLinks links;
  @Inject CodeStates codeStates;

  @Override
  public RegisteredCitizen register(Registration form) {
    PersonName name = PersonName.parse(form.name());
    ResidentId residentId = ResidentId.parse(form.residentId());
    MobileNumber mobile = MobileNumber.parse(form.mobile());
    if (form.districtCode() == null || em.find(DistrictRow.class, form.districtCode()) == null) {
      throw new InvalidInputException("districtCode", "district.unknown", "unknown district");
    }
    Citizen existing = byResidentId(residentId);
    if (existing != null) {
      return claim(existing, name, residentId, mobile, form.districtCode());
    }
    refuseTakenMobile(mobile);
    Citizen citizen =
        new Citizen(
            CodeToken.randomSubject(),
            vault.seal(name, residentId, mobile),
            form.districtCode(),
            Instant.now());
    write(() -> em.persist(citizen));
    codeStates.put(citizen, null);
    return new RegisteredCitizen(citizen.id(), citizen.nameMasked(), citizen.mobileMasked());
  }

  /**
   * A dependant registering themselves takes over their row (same id and history) with their own
   * number and district, if they give the name on the row and no family member holds them any more.
   * A row that already has an account is refused before the name is compared, so the answer says no
   * more about a registered person than "already registered" did.
   */
  private RegisteredCitizen claim(
      Citizen existing,
      PersonName name,
      ResidentId residentId,
      MobileNumber mobile,
      String districtCode) {
    if (existing.hasOwnAccount()) {
      throw taken();
    }
    if (!vault.isName(existing.nameCipher(), name)) {
      throw new InvalidInputException("name", "dependant.nameMismatch", "name does not match");
    }
    refuseTakenMobile(mobile);
    boolean held = heldByFamily(existing);
    // The flush checks the row's version: two people claiming it at once.
    write(() -> existing.claim(vault.seal(name, residentId, mobile), districtCode, held));
    codeStates.refresh(existing.id());
    return new RegisteredCitizen(existing.id(), existing.nameMasked(), existing.mobileMasked());
  }

  /** One number, one account: sign-in sends the code to the number and signs in its holder. */
  private void refuseTakenMobile(MobileNumber mobile) {
    if (!citizens.byMobile(mobile, 1).isEmpty()) {
      throw mobileTaken();
    }
  }

  /** The unique keys answer for whoever lost a race past the look-ups above. */
  private void write(Runnable change) {
    try {
      change.run();
      em.flush();
    } catch (PersistenceException raceOnUniqueKey) {
      throw UniqueKeys.violated(raceOnUniqueKey, "uk_citizen_mobile") ? mobileTaken() : taken();
    }
  }

  private boolean heldByFamily(Citizen citizen) {
    return !links.ofDependant(citizen.id()).isEmpty();
  }

  private Citizen byResidentId(ResidentId residentId) {
    return citizens.byResidentId(residentId).orElse(null);
  }

  private static InvalidInputException taken() {
    return new InvalidInputException(
        "residentId", "residentId.taken", "this resident ID is already registered");
  }

  private static InvalidInputException mobileTaken() {
    return new InvalidInputException(
        "mobile", "mobile.taken", "this mobile number is already registered");
  }
}
