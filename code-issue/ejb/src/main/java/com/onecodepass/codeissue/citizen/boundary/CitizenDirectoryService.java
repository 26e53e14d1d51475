package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Resident-ID look-up over the blind index (one indexed query, no decryption). */
@Stateless
public class CitizenDirectoryService implements CitizenDirectory {

  @Inject CitizenStore citizens;

  @Override
  public Optional<Long> idOf(String residentId) {
    return citizens.byResidentId(ResidentId.parse(residentId)).map(Citizen::id);
  }
}
