package com.onecodepass.codeissue.api.health;

import com.onecodepass.codeissue.api.InvalidInputException;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** A person's vaccine doses. Recording one refreshes the cached code state (dose count). */
@Local
public interface Vaccinations {

  /**
   * Records a dose.
   *
   * @throws InvalidInputException {@code vaccination.dose} (not 1–5), {@code vaccination.duplicate}
   *     (this dose is on record), {@code vaccination.date} (missing or in the future), {@code
   *     vaccination.vaccine} / {@code vaccination.site} (blank or too long)
   */
  VaccinationView record(long citizenId, int dose, LocalDate date, String vaccine, String site);

  /** Doses in order. */
  List<VaccinationView> list(long citizenId);
}
