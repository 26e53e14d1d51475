package com.onecodepass.codeissue.vaccination.control;

import com.onecodepass.codeissue.vaccination.entity.Vaccination;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A person's doses as recorded. */
@Dependent
public class VaccinationRecord {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  public List<Vaccination> dosesOf(long citizenId) {
    return em.createNamedQuery(Vaccination.OF_CITIZEN, Vaccination.class)
        .setParameter("citizen", citizenId)
        .getResultList();
  }
}
