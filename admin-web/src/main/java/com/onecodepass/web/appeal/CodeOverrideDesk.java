package com.onecodepass.web.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.CodeOverrides;
import com.onecodepass.codeissue.api.appeal.OverrideView;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Manual overrides by resident ID with a mandatory reason, and the four-eyes requests other
 * officers approve or reject.
 */
@Named
@ViewScoped
public class CodeOverrideDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> FIELDS = Set.of("residentId", "target", "reason");

  @EJB CodeOverrides overrides;
  @Inject StaffAccess staff;

  private String residentId;
  private CodeColour target;
  private String reason;
  private List<OverrideView> pending = List.of();
  private final Map<Long, String> rejectReasons = new HashMap<>();

  @PostConstruct
  void load() {
    try {
      pending = overrides.pending(staff.scope(), DeskMessages.clientAddress());
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    }
  }

  public void submit() {
    try {
      OverrideView done =
          overrides.request(
              staff.scope(), residentId, target, reason, DeskMessages.clientAddress());
      DeskMessages.info(
          done.pending() ? "override.requestedPending" : "override.applied",
          done.residentIdMasked());
      residentId = null;
      target = null;
      reason = null;
      load();
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    } catch (InvalidInputException e) {
      DeskMessages.invalid(e, "override", FIELDS);
    }
  }

  public void approve(long overrideId) {
    try {
      OverrideView done =
          overrides.approve(staff.scope(), overrideId, DeskMessages.clientAddress());
      DeskMessages.info("override.approved", done.residentIdMasked());
      load();
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    } catch (InvalidInputException e) {
      DeskMessages.invalid(e, "pending", Set.of());
    }
  }

  public void reject(long overrideId) {
    try {
      OverrideView done =
          overrides.reject(
              staff.scope(),
              overrideId,
              rejectReasons.get(overrideId),
              DeskMessages.clientAddress());
      DeskMessages.info("override.rejected", done.residentIdMasked());
      rejectReasons.remove(overrideId);
      load();
    } catch (NotPermittedException e) {
      DeskMessages.refused(e);
    } catch (InvalidInputException e) {
      DeskMessages.invalid(e, "pending", Set.of());
    }
  }

  /** The signed-in officer's own requests show no approve button: they cannot approve them. */
  public boolean mine(OverrideView o) {
    return o.requestedBy().equals(staff.scope().username());
  }

  public String format(Instant at) {
    return DeskMessages.format(at);
  }

  public CodeColour[] getColours() {
    return CodeColour.values();
  }

  public List<OverrideView> getPending() {
    return pending;
  }

  public Map<Long, String> getRejectReasons() {
    return rejectReasons;
  }

  public String getResidentId() {
    return residentId;
  }

  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  public CodeColour getTarget() {
    return target;
  }

  public void setTarget(CodeColour target) {
    this.target = target;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
