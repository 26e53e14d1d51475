package com.onecodepass.codeissue.district.control;

import com.onecodepass.codeissue.district.entity.DistrictRow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The city's districts as stored (a reference table that changes with a migration only). */
@Dependent
public class DistrictRows {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  public List<DistrictRow> byCode() {
    return em.createQuery("select d from DistrictRow d order by d.code", DistrictRow.class)
        .getResultList();
  }
}
