package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.CitizenCard;
import com.onecodepass.codeissue.api.CitizenHistory;
import com.onecodepass.codeissue.api.CitizenIdentity;
import com.onecodepass.codeissue.api.CitizenRecords;
import com.onecodepass.codeissue.api.HealthRecords;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.MobileNumber;
import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.codeissue.cases.control.TraceReach;
import com.onecodepass.codeissue.citizen.control.DistrictGate;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.shared.NotPermittedException;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Staff reads of citizens, each admitted (and audited) by the {@link DistrictGate}. */
@Stateless
public class CitizenRecordsService implements CitizenRecords {

  private static final int MAX_REASON = 300;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;
  @Inject DistrictGate gate;
  @Inject TraceReach reach;
  @EJB HealthRecords healthRecords;

  @Override
  public List<CitizenCard> lookUp(StaffScope scope, String query, String clientAddress) {
    requireStaff(scope);
    List<Citizen> found;
    String target;
    if (query != null && looksLikeResidentId(query)) {
      ResidentId id = parseId(query);
      target = "id " + id.masked();
      found =
          em.createNamedQuery(Citizen.BY_RESIDENT_ID_INDEX, Citizen.class)
              .setParameter("index", vault.indexOf(id))
              .getResultList();
    } else {
      MobileNumber mobile = parseMobile(query);
      target = "mobile " + mobile.masked();
      found =
          em.createNamedQuery(Citizen.BY_MOBILE_INDEX, Citizen.class)
              .setParameter("index", vault.indexOf(mobile))
              .setMaxResults(20)
              .getResultList();
    }
    gate.admit(
        scope,
        found,
        "citizen.lookup",
        target + " -> " + found.size() + " found" + ids(found),
        null,
        clientAddress);
    return found.stream().map(CitizenRecordsService::card).toList();
  }

  @Override
  public Optional<CitizenCard> card(StaffScope scope, long citizenId, String clientAddress) {
    requireStaff(scope);
    Citizen c = em.find(Citizen.class, citizenId);
    if (c == null) {
      gate.record(scope, "citizen.view", "citizen #" + citizenId + " (none)", null, clientAddress);
      return Optional.empty();
    }
    gate.admit(scope, List.of(c), "citizen.view", target(c), null, clientAddress);
    return Optional.of(card(c));
  }

  @Override
  public CitizenIdentity unmask(
      StaffScope scope, long citizenId, String reason, String clientAddress) {
    requireStaff(scope);
    String why = requireReason(reason);
    Citizen c = existing(citizenId);
    gate.admit(scope, List.of(c), "citizen.unmask", target(c), why, clientAddress);
    return new CitizenIdentity(
        c.id(),
        vault.decrypt(c.nameCipher()),
        vault.decrypt(c.residentIdCipher()),
        c.mobileCipher() == null ? null : vault.decrypt(c.mobileCipher()));
  }

  @Override
  public CitizenHistory history(
      StaffScope scope, long citizenId, String reason, String clientAddress) {
    requireStaff(scope);
    Citizen c = existing(citizenId);
    gate.admit(scope, List.of(c), "citizen.history", target(c), optional(reason), clientAddress);
    return new CitizenHistory(
        healthRecords.history(citizenId), healthRecords.testResults(citizenId));
  }

  @Override
  public void authorise(
      StaffScope scope, long citizenId, String action, String reason, String clientAddress) {
    requireStaff(scope);
    Citizen c = existing(citizenId);
    gate.admit(scope, List.of(c), action, target(c), optional(reason), clientAddress);
  }

  @Override
  public void authoriseTrace(
      StaffScope scope, Collection<Long> citizenIds, String action, String clientAddress) {
    requireStaff(scope);
    Set<Long> people = new TreeSet<>(citizenIds);
    String target = "citizens #" + people;
    Set<Long> outside = reach.outside(scope, people);
    if (!outside.isEmpty()) {
      gate.record(scope, action + ".denied", target, "not in reach: #" + outside, clientAddress);
      throw new NotPermittedException(
          "tracing.notPermitted", scope.username() + " may not trace from " + outside.size());
    }
    gate.record(scope, action, target, null, clientAddress);
  }

  private Citizen existing(long citizenId) {
    Citizen c = em.find(Citizen.class, citizenId);
    if (c == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    return c;
  }

  private static void requireStaff(StaffScope scope) {
    if (scope == null || scope.username() == null || scope.role() == null) {
      throw new NotPermittedException("citizen.notPermitted", "no staff member in scope");
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "citizen.reason.required", "reason required");
    }
    return optional(reason);
  }

  private static String optional(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidInputException("reason", "citizen.reason.tooLong", "reason too long");
    }
    return reason.strip();
  }

  /** 15+ characters or an X is an ID attempt; shorter digits a phone number. */
  private static boolean looksLikeResidentId(String query) {
    String s = query.strip();
    return s.length() >= 15 || s.endsWith("x") || s.endsWith("X");
  }

  private static ResidentId parseId(String query) {
    try {
      return ResidentId.parse(query);
    } catch (RuntimeException e) {
      throw new InvalidInputException("query", "citizen.query.invalid", "not an ID or mobile");
    }
  }

  private static MobileNumber parseMobile(String query) {
    try {
      return MobileNumber.parse(query);
    } catch (RuntimeException e) {
      throw new InvalidInputException("query", "citizen.query.invalid", "not an ID or mobile");
    }
  }

  private static String target(Citizen c) {
    return "citizen #" + c.id() + " " + c.residentIdMasked();
  }

  private static String ids(List<Citizen> found) {
    return found.isEmpty()
        ? ""
        : " #" + String.join(",", found.stream().map(c -> c.id().toString()).toList());
  }

  private static CitizenCard card(Citizen c) {
    return new CitizenCard(
        c.id(),
        c.nameMasked(),
        c.residentIdMasked(),
        c.mobileMasked(),
        c.districtCode(),
        c.colour(),
        c.colourSince());
  }
}
