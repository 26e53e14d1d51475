package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.health.VaccinationView;
import com.onecodepass.codeissue.api.health.Vaccinations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My vaccinations": the doses on record, as vaccination sites and integrators reported them. */
@Named
@RequestScoped
public class MyVaccinations {

  @EJB Vaccinations vaccinations;
  @Inject CitizenSession session;

  private List<VaccinationView> doses;

  public List<VaccinationView> getDoses() {
    if (doses == null) {
      doses = vaccinations.list(session.getCitizenId());
    }
    return doses;
  }
}
