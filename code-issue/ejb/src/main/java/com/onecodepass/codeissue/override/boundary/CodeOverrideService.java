package com.onecodepass.codeissue.override.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.CodeOverrides;
import com.onecodepass.codeissue.api.appeal.OverrideStatus;
import com.onecodepass.codeissue.api.appeal.OverrideView;
import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.appeal.control.AppealApproval;
import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.control.FourEyesPolicy;
import com.onecodepass.codeissue.override.control.OfficerGate;
import com.onecodepass.codeissue.override.control.OverrideEffect;
import com.onecodepass.codeissue.override.control.OverrideViews;
import com.onecodepass.codeissue.override.control.PendingOverrides;
import com.onecodepass.codeissue.override.control.StaffText;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class CodeOverrideService implements CodeOverrides {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB CitizenDirectory directory;
  @EJB HealthRecords records;
  @Inject OfficerGate gate;
  @Inject OverrideEffect effect;
  @Inject AppealApproval appealApproval;
  @Inject PendingOverrides pending;

  @Override
  public OverrideView request(
      StaffScope scope, String residentId, CodeColour target, String reasonInput, String client) {
    gate.requireOfficer(scope, "override.request", client);
    if (target == null) {
      throw new InvalidInputException("target", "override.target", "target colour required");
    }
    String reason = StaffText.required(reasonInput, "reason", "override.reason");
    if (residentId == null || residentId.isBlank()) {
      throw new InvalidInputException("residentId", "override.residentId", "resident ID required");
    }
    Optional<Long> found = directory.idOf(residentId.strip());
    gate.requireFound(scope, found.orElse(null), "override.request", "resident id", client);
    long citizenId =
        found.orElseThrow(
            () ->
                new InvalidInputException(
                    "residentId", "override.unknownPerson", "nobody registered"));
    Citizen person = em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
    gate.require(
        scope, person.districtCode(), "override.request", person.residentIdMasked(), client);
    if (person.colour() == target) {
      throw new InvalidInputException("target", "override.same", "the code already has it");
    }
    if (pending.existFor(citizenId)) {
      throw new InvalidInputException("residentId", "override.alreadyPending", "one is waiting");
    }
    Instant now = Instant.now();
    boolean fourEyes =
        FourEyesPolicy.needsSecondApprover(
            person.colour(), target, records.history(citizenId), now);
    CodeOverride override =
        new CodeOverride(
            citizenId,
            person.districtCode(),
            person.colour(),
            target,
            null,
            reason,
            fourEyes,
            scope.username(),
            now);
    em.persist(override);
    em.flush();
    if (!fourEyes) {
      effect.apply(override, scope.username());
    }
    gate.record(
        scope,
        fourEyes ? "override.requested" : "override.applied",
        person.residentIdMasked(),
        person.colour() + "->" + target + ": " + reason,
        client);
    return OverrideViews.of(override, person);
  }

  @Override
  public List<OverrideView> pending(StaffScope scope, String client) {
    gate.requireOfficer(scope, "override.pending", client);
    String district = OfficerGate.listScope(scope);
    List<OverrideView> waiting = pending.in(district, 500);
    gate.record(
        scope, "override.pending", district == null ? "all districts" : district, null, client);
    return waiting;
  }

  @Override
  public OverrideView approve(StaffScope scope, long overrideId, String client) {
    gate.requireOfficer(scope, "override.approve", client);
    CodeOverride override = pendingOverride(scope, overrideId, "override.approve", client);
    Citizen person = em.find(Citizen.class, override.citizenId(), LockModeType.PESSIMISTIC_WRITE);
    override.approve(scope.username(), Instant.now());
    if (override.appealId() == null) {
      effect.apply(override, scope.username());
    } else {
      Appeal appeal = em.find(Appeal.class, override.appealId(), LockModeType.PESSIMISTIC_WRITE);
      appealApproval.approve(appeal, override.reason(), override.requestedBy(), scope.username());
    }
    gate.record(
        scope,
        "override.approve",
        person.residentIdMasked(),
        "#" + overrideId + " requested by " + override.requestedBy(),
        client);
    return OverrideViews.of(override, person);
  }

  @Override
  public OverrideView reject(StaffScope scope, long overrideId, String reasonInput, String client) {
    gate.requireOfficer(scope, "override.reject", client);
    String reason = StaffText.required(reasonInput, "reason", "override.reason");
    CodeOverride override = pendingOverride(scope, overrideId, "override.reject", client);
    override.reject(scope.username(), reason, Instant.now());
    Citizen person = em.find(Citizen.class, override.citizenId());
    gate.record(scope, "override.reject", person.residentIdMasked(), reason, client);
    return OverrideViews.of(override, person);
  }

  /** Loads a request the officer may decide: in their district, still open, not their own. */
  private CodeOverride pendingOverride(
      StaffScope scope, long overrideId, String action, String client) {
    CodeOverride override = em.find(CodeOverride.class, overrideId, LockModeType.PESSIMISTIC_WRITE);
    gate.requireFound(scope, override, action, "override #" + overrideId, client);
    if (override == null) {
      throw new InvalidInputException("override", "override.unknown", "no such override");
    }
    String target = "override #" + overrideId;
    gate.require(scope, override.districtCode(), action, target, client);
    if (override.status() != OverrideStatus.PENDING) {
      throw new InvalidInputException("override", "override.decided", "already decided");
    }
    if (override.requestedBy().equals(scope.username())) {
      gate.refuse(scope, action, target, client, "override.ownRequest");
    }
    return override;
  }
}
