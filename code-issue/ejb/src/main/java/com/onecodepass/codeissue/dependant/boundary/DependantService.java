package com.onecodepass.codeissue.dependant.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.DependantView;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.dependant.control.DependantLinks;
import com.onecodepass.codeissue.dependant.entity.DependantLink;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds and removes dependants. A new dependant becomes a citizen row without a mobile number in the
 * holder's district; a dependant-only row nobody holds any more (after a removal) is linked again
 * when the same name and ID are given, so its history is kept.
 */
@Stateless
public class DependantService implements Dependants {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;
  @Inject CitizenStore citizens;
  @Inject DependantLinks links;
  @Inject CodeStates codeStates;

  @Override
  public List<DependantView> dependantsOf(long holderCitizenId) {
    return links.viewsOf(holderCitizenId);
  }

  @Override
  public boolean isHolderOf(long holderCitizenId, long dependantCitizenId) {
    return links.ofDependant(dependantCitizenId).stream()
        .anyMatch(l -> l.holderId() == holderCitizenId);
  }

  /** The holder's links (five at most), not one query per dependant. */
  @Override
  public boolean holdsAll(CitizenId holder, Collection<CitizenId> dependants) {
    Set<Long> held =
        held(holder.value()).stream().map(DependantLink::dependantId).collect(Collectors.toSet());
    for (CitizenId dependant : dependants) {
      if (!held.contains(dependant.value())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public DependantView add(
      long holderCitizenId,
      String nameInput,
      String residentIdInput,
      String relation,
      boolean consent) {
    PersonName name = PersonName.parse(nameInput);
    ResidentId residentId = ResidentId.parse(residentIdInput);
    if (relation == null || !RELATIONS.contains(relation)) {
      throw new InvalidInputException("relation", "dependant.relation", "unknown relation");
    }
    if (!consent) {
      throw new InvalidInputException("consent", "dependant.consent", "consent is required");
    }
    // Locking the holder serialises concurrent adds, so the limit of five holds.
    Citizen holder = em.find(Citizen.class, holderCitizenId, LockModeType.PESSIMISTIC_WRITE);
    if (holder == null || !holder.hasOwnAccount()) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such holder");
    }
    if (held(holderCitizenId).size() >= MAX_PER_HOLDER) {
      throw new InvalidInputException("residentId", "dependant.limit", "five dependants already");
    }
    Citizen dependant = citizens.byResidentId(residentId).orElse(null);
    if (dependant != null) {
      refuseExisting(holderCitizenId, dependant, name);
    }
    try {
      if (dependant == null) {
        dependant =
            Citizen.dependant(
                CodeToken.randomSubject(),
                vault.sealWithoutMobile(name, residentId),
                holder.districtCode(),
                Instant.now());
        em.persist(dependant);
      }
      em.persist(new DependantLink(holderCitizenId, dependant.id(), relation, Instant.now()));
      em.flush();
    } catch (PersistenceException raceOnUniqueIndex) {
      throw new InvalidInputException("residentId", "dependant.heldByOther", "added concurrently");
    }
    codeStates.refresh(dependant.id());
    return new DependantView(dependant.id(), dependant.nameMasked(), relation);
  }

  private void refuseExisting(long holderId, Citizen dependant, PersonName name) {
    if (dependant.id() == holderId) {
      throw new InvalidInputException("residentId", "dependant.self", "that is the holder");
    }
    if (dependant.hasOwnAccount()) {
      throw new InvalidInputException("residentId", "dependant.ownAccount", "registered person");
    }
    List<DependantLink> holding = links.ofDependant(dependant.id());
    if (!holding.isEmpty()) {
      throw holding.get(0).holderId() == holderId
          ? new InvalidInputException("residentId", "dependant.already", "already held")
          : new InvalidInputException("residentId", "dependant.heldByOther", "held by another");
    }
    // Nobody holds this row any more: only someone who knows the same name may take it over.
    if (!vault.isName(dependant.nameCipher(), name)) {
      throw new InvalidInputException("name", "dependant.nameMismatch", "name does not match");
    }
  }

  @Override
  public void remove(long holderCitizenId, long dependantCitizenId) {
    DependantLink link =
        held(holderCitizenId).stream()
            .filter(l -> l.dependantId() == dependantCitizenId)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "dependant", "dependant.unknown", "not a dependant of this holder"));
    em.remove(link);
  }

  private List<DependantLink> held(long holderId) {
    return links.ofHolder(holderId);
  }
}
