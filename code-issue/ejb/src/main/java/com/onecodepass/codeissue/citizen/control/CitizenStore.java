package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds citizens by what a person types: resident ID or mobile number, through their blind indexes
 * (the stored values are encrypted). Works in the caller's transaction.
 */
@Dependent
public class CitizenStore {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;

  /** The one citizen row with this resident ID (a unique key), registered or a dependant. */
  public Optional<Citizen> byResidentId(ResidentId residentId) {
    return em.createNamedQuery(Citizen.BY_RESIDENT_ID_INDEX, Citizen.class)
        .setParameter("index", vault.indexOf(residentId))
        .getResultStream()
        .findFirst();
  }

  /** The citizen a signed code names (its subject), if any. */
  public Optional<Long> idOfSubject(String subject) {
    return em.createQuery("select c.id from Citizen c where c.subject = :s", Long.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  /**
   * The oldest account with this mobile number's blind index, without loading the citizen: sign-in
   * needs only who, and in a storm the entity (its ciphertexts, the persistence context, the check
   * for changes at commit) cost more than the look-up.
   */
  public Optional<Long> idByMobileIndex(byte[] index) {
    return em.createQuery(
            "select c.id from Citizen c where c.mobileIndex = :index order by c.id", Long.class)
        .setParameter("index", index)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Up to {@code max} citizens with this mobile number, oldest account first. */
  public List<Citizen> byMobile(MobileNumber mobile, int max) {
    return em.createNamedQuery(Citizen.BY_MOBILE_INDEX, Citizen.class)
        .setParameter("index", vault.indexOf(mobile))
        .setMaxResults(max)
        .getResultList();
  }
}
