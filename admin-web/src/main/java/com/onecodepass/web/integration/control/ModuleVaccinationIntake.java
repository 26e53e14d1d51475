package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.health.Vaccinations;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.web.integration.entity.VaccinationItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;

/** Hands a validated dose to code-issue, inside the item's transaction. */
@ApplicationScoped
public class ModuleVaccinationIntake implements VaccinationIntake {

  private static final ZoneId CITY = CityClock.ZONE;

  @EJB CitizenDirectory directory;
  @EJB Vaccinations vaccinations;

  @Override
  public void record(ItemRef ref, ResidentId person, Instant administeredAt, VaccinationItem item) {
    long citizenId =
        directory
            .idOf(person.value())
            .orElseThrow(
                () -> new InvalidInputException("residentId", "member.unknown", "not registered"));
    vaccinations.record(
        citizenId,
        item.dose(),
        administeredAt.atZone(CITY).toLocalDate(),
        item.vaccine(),
        item.site());
  }
}
