package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.colour.boundary.RuleSettingsService.RuleSetPublished;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * A published rule set can change the colour of everyone with an open condition or in a testing
 * group: once the publishing transaction has committed, they are re-evaluated in the background by
 * the same routine as the time-based transitions (in batches, a lock per person).
 */
@Stateless
public class RecolourAfterRuleChange {

  private static final Logger LOG = Logger.getLogger(RecolourAfterRuleChange.class.getName());

  @EJB TimeBasedTransitions transitions;

  @Asynchronous
  public void onPublished(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) RuleSetPublished event) {
    LOG.info(() -> "rule set v" + event.version() + " published: re-evaluating affected people");
    transitions.run();
  }
}
