package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Turns a manual override into conditions, so the colour still comes from the rule set and the
 * history: green ends every open condition; yellow ends them and holds the code yellow ({@code
 * STAFF_HOLD_YELLOW}); red adds a red hold ({@code STAFF_HOLD_RED}) on top of whatever is open. A
 * derived reason (an overdue periodic test) can still keep the code yellow after a green override —
 * the rules, not the officer, own that one.
 */
@ApplicationScoped
public class OverrideEffect {

  public static final String END_REASON = "STAFF_OVERRIDE";

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject Recolouring recolouring;

  /**
   * @param actingOfficer the officer whose decision makes it effective (the approver for four-eyes)
   */
  public void apply(CodeOverride override, String actingOfficer) {
    Instant now = Instant.now();
    long citizenId = override.citizenId();
    if (override.targetColour() != CodeColour.RED) {
      List<HealthCondition> open =
          em.createNamedQuery(HealthCondition.OPEN_OF_CITIZEN, HealthCondition.class)
              .setParameter("citizen", citizenId)
              .getResultList();
      open.forEach(c -> c.end(now, END_REASON));
    }
    if (override.targetColour() != CodeColour.GREEN) {
      em.persist(
          new HealthCondition(
              citizenId,
              override.targetColour() == CodeColour.RED
                  ? ConditionType.STAFF_HOLD_RED
                  : ConditionType.STAFF_HOLD_YELLOW,
              now,
              ConditionSource.STAFF,
              "override-" + override.id(),
              actingOfficer,
              clip(override.reason(), 300)));
    }
    em.flush();
    recolouring.reevaluate(
        citizenId, ColourChange.Source.STAFF, actingOfficer, clip(detail(override), 500));
  }

  private static String detail(CodeOverride o) {
    String who =
        o.decidedBy() == null
            ? o.requestedBy()
            : o.requestedBy() + ", second approver " + o.decidedBy();
    return "override #" + o.id() + " (" + who + "): " + o.reason();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
