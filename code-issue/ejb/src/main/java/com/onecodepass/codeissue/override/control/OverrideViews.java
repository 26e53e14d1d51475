package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.appeal.OverrideView;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.entity.CodeOverride;

/** The officers' view of an override, with the person shown masked only. */
public final class OverrideViews {

  private OverrideViews() {}

  public static OverrideView of(CodeOverride o, Citizen person) {
    return new OverrideView(
        o.id(),
        o.citizenId(),
        person.nameMasked(),
        person.residentIdMasked(),
        o.districtCode(),
        o.fromColour(),
        o.targetColour(),
        o.appealId(),
        o.reason(),
        o.status(),
        o.requestedBy(),
        o.requestedAt(),
        o.decidedBy(),
        o.decidedAt(),
        o.decisionReason());
  }
}
