package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.util.List;

/**
 * The result of applying the rule set: the colour, every reason that applies (strongest first) and
 * the open conditions whose exit conditions are now met, which the caller should close.
 */
public record Evaluation(
    CodeColour colour, List<ActiveReason> reasons, List<Long> conditionsToClose) {

  public static final String NO_REASON = "NONE";

  /** The category shown to the citizen: that of the strongest reason. */
  public String primaryCategory() {
    return reasons.isEmpty() ? NO_REASON : reasons.get(0).category();
  }

  public String primaryCode() {
    return reasons.isEmpty() ? NO_REASON : reasons.get(0).condition().name();
  }
}
