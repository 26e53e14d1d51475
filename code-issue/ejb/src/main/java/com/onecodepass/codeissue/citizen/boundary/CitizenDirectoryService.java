package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Resident-ID look-up over the blind index (one indexed query, no decryption). */
@Stateless
public class CitizenDirectoryService implements CitizenDirectory {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;

  @Override
  public Optional<Long> idOf(String residentId) {
    byte[] index = vault.indexOf(ResidentId.parse(residentId));
    return em.createNamedQuery(Citizen.BY_RESIDENT_ID_INDEX, Citizen.class)
        .setParameter("index", index)
        .getResultStream()
        .findFirst()
        .map(Citizen::id);
  }
}
