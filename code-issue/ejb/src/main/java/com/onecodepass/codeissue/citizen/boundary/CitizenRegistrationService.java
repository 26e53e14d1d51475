package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.CitizenRegistration;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.MobileNumber;
import com.onecodepass.codeissue.api.PersonName;
import com.onecodepass.codeissue.api.RegisteredCitizen;
import com.onecodepass.codeissue.api.Registration;
import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
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
    Citizen citizen =
        new Citizen(
            CodeToken.randomSubject(),
            vault.seal(name, residentId, mobile),
            form.districtCode(),
            Instant.now());
    try {
      em.persist(citizen);
      em.flush();
    } catch (PersistenceException raceOnUniqueIndex) {
      throw taken();
    }
    codeStates.put(citizen, null);
    return new RegisteredCitizen(citizen.id(), citizen.nameMasked(), citizen.mobileMasked());
  }

  /**
   * A dependant registering themselves takes over their row: same id, history and holder link, now
   * with their own name, number and district. A row that already has an account is refused.
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
    existing.claim(vault.seal(name, residentId, mobile), districtCode);
    try {
      em.flush(); // the row's version catches two people claiming it at once
    } catch (PersistenceException concurrentClaim) {
      throw taken();
    }
    codeStates.refresh(existing.id());
    return new RegisteredCitizen(existing.id(), existing.nameMasked(), existing.mobileMasked());
  }

  private Citizen byResidentId(ResidentId residentId) {
    return em.createNamedQuery(Citizen.BY_RESIDENT_ID_INDEX, Citizen.class)
        .setParameter("index", vault.indexOf(residentId))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static InvalidInputException taken() {
    return new InvalidInputException(
        "residentId", "residentId.taken", "this resident ID is already registered");
  }
}
