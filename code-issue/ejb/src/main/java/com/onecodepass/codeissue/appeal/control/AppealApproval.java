package com.onecodepass.codeissue.appeal.control;

import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.control.Rule;
import com.onecodepass.codeissue.colour.control.RuleSet;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What an approved appeal changes: it ends only the person's open conditions of the appealed kind —
 * those whose rule category is the reason the code showed when the appeal was filed — and the rule
 * set recolours them, the history naming the officer(s) and the answer. Other open conditions (say,
 * a confirmed case behind a symptoms appeal) stay.
 */
@ApplicationScoped
public class AppealApproval {

  public static final String END_REASON = "APPEAL_APPROVED";

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject RuleSets ruleSets;
  @Inject Recolouring recolouring;

  /**
   * @param decidedBy the officer who wrote the answer
   * @param secondApprover the four-eyes approver, or null when none was needed
   */
  public void approve(Appeal appeal, String answer, String decidedBy, String secondApprover) {
    Instant now = Instant.now();
    appeal.decide(true, answer, decidedBy, now);
    RuleSet rules = ruleSets.active();
    List<HealthCondition> open =
        em.createNamedQuery(HealthCondition.OPEN_OF_CITIZEN, HealthCondition.class)
            .setParameter("citizen", appeal.citizenId())
            .getResultList();
    for (HealthCondition condition : open) {
      boolean appealedKind =
          rules
              .ruleFor(condition.type())
              .map(Rule::category)
              .filter(appeal.reasonCategory()::equals)
              .isPresent();
      if (appealedKind) {
        condition.end(now, END_REASON);
      }
    }
    em.flush();
    String who = secondApprover == null ? decidedBy : decidedBy + " + " + secondApprover;
    recolouring.reevaluate(
        appeal.citizenId(),
        ColourChange.Source.APPEAL,
        secondApprover == null ? decidedBy : secondApprover,
        clip("appeal #" + appeal.id() + " approved by " + who + ": " + answer));
  }

  static String clip(String detail) {
    return detail.length() <= 500 ? detail : detail.substring(0, 500);
  }
}
