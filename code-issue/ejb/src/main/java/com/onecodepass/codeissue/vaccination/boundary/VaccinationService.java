package com.onecodepass.codeissue.vaccination.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.health.VaccinationView;
import com.onecodepass.codeissue.api.health.Vaccinations;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.vaccination.control.DoseRules;
import com.onecodepass.codeissue.vaccination.control.VaccinationRecord;
import com.onecodepass.codeissue.vaccination.entity.Vaccination;
import com.onecodepass.platform.api.CityClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@Stateless
public class VaccinationService implements Vaccinations {

  private static final ZoneId CITY = CityClock.ZONE;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject CodeStates codeStates;
  @Inject VaccinationRecord record;

  @Override
  public VaccinationView record(
      long citizenId, int dose, LocalDate date, String vaccine, String site) {
    // The row lock makes "no duplicate dose" and the dose count safe against a concurrent record.
    Citizen citizen = em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
    if (citizen == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    List<Vaccination> onRecord = doses(citizenId);
    DoseRules.check(
        dose, date, LocalDate.now(CITY), onRecord.stream().map(Vaccination::dose).toList());
    Vaccination v =
        new Vaccination(
            citizenId, dose, date, DoseRules.vaccine(vaccine), DoseRules.site(site), Instant.now());
    em.persist(v);
    citizen.vaccinated(onRecord.size() + 1);
    em.flush();
    codeStates.refresh(citizenId);
    return view(v);
  }

  @Override
  public List<VaccinationView> list(long citizenId) {
    return doses(citizenId).stream().map(VaccinationService::view).toList();
  }

  private List<Vaccination> doses(long citizenId) {
    return record.dosesOf(citizenId);
  }

  private static VaccinationView view(Vaccination v) {
    return new VaccinationView(v.dose(), v.givenOn(), v.vaccine(), v.site());
  }
}
