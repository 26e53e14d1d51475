package com.onecodepass.codeissue.citizen.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenCard;
import com.onecodepass.codeissue.api.citizen.CitizenHistory;
import com.onecodepass.codeissue.api.citizen.CitizenIdentity;
import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.cases.control.TraceReach;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.DistrictGate;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
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
  @Inject CitizenStore citizens;
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
      found = citizens.byResidentId(id).stream().toList();
    } else {
      MobileNumber mobile = parseMobile(query);
      target = "mobile " + mobile.masked();
      found = citizens.byMobile(mobile, 20);
    }
    // Another district's people are left out as if not registered (the audit entry says who):
    // "not there" and "not yours" must answer alike, or the look-up tells who lives elsewhere.
    List<Citizen> visible =
        found.stream().filter(c -> DistrictGate.mayRead(scope, c.districtCode())).toList();
    List<Citizen> hidden = found.stream().filter(c -> !visible.contains(c)).toList();
    if (!hidden.isEmpty()) {
      gate.recordDenied(
          scope,
          "citizen.lookup",
          target + " -> " + hidden.size() + " elsewhere" + ids(hidden),
          null,
          clientAddress);
    }
    if (hidden.isEmpty() || !visible.isEmpty()) {
      gate.record(
          scope,
          "citizen.lookup",
          target + " -> " + visible.size() + " found" + ids(visible),
          null,
          clientAddress);
    }
    return visible.stream().map(CitizenRecordsService::card).toList();
  }

  @Override
  public Optional<CitizenCard> card(StaffScope scope, long citizenId, String clientAddress) {
    requireStaff(scope);
    Citizen c = em.find(Citizen.class, citizenId);
    if (c == null) {
      gate.record(scope, "citizen.view", "citizen #" + citizenId + " (none)", null, clientAddress);
      return Optional.empty();
    }
    if (!DistrictGate.mayRead(scope, c.districtCode())) {
      gate.recordDenied(scope, "citizen.view", target(c), null, clientAddress);
      return Optional.empty();
    }
    gate.record(scope, "citizen.view", target(c), null, clientAddress);
    return Optional.of(card(c));
  }

  @Override
  public CitizenIdentity unmask(
      StaffScope scope, long citizenId, String reason, String clientAddress) {
    requireStaff(scope);
    String why = requireReason(reason);
    Citizen c = existing(scope, citizenId, "citizen.unmask", clientAddress);
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
    Citizen c = existing(scope, citizenId, "citizen.history", clientAddress);
    gate.admit(scope, List.of(c), "citizen.history", target(c), optional(reason), clientAddress);
    return new CitizenHistory(
        healthRecords.history(citizenId), healthRecords.testResults(citizenId));
  }

  @Override
  public void authorise(
      StaffScope scope, CitizenId citizen, String action, String reason, String clientAddress) {
    requireStaff(scope);
    Citizen c = existing(scope, citizen.value(), action, clientAddress);
    gate.admit(scope, List.of(c), action, target(c), optional(reason), clientAddress);
  }

  @Override
  public void authoriseTrace(
      StaffScope scope, Collection<CitizenId> citizenIds, String action, String clientAddress) {
    requireStaff(scope);
    Set<Long> people = new TreeSet<>();
    for (CitizenId id : citizenIds) {
      people.add(id.value());
    }
    String target = "citizens #" + people;
    Set<Long> outside = reach.outside(scope, people);
    if (!outside.isEmpty()) {
      throw gate.refusal(
          scope,
          action,
          target,
          "not in reach: #" + outside,
          clientAddress,
          "tracing.notPermitted");
    }
    gate.record(scope, action, target, null, clientAddress);
  }

  /** The citizen; for anyone but a city admin an unknown id is refused like a foreign one. */
  private Citizen existing(StaffScope scope, long citizenId, String action, String clientAddress) {
    Citizen c = em.find(Citizen.class, citizenId);
    if (c == null && scope.role() == StaffScope.Role.CITY_ADMIN) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    if (c == null) {
      throw gate.refusal(
          scope,
          action,
          "citizen #" + citizenId + " (none)",
          null,
          clientAddress,
          "citizen.notPermitted");
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
