package com.onecodepass.codeissue.override.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a staff decision needs a second officer: whenever it would take someone out of red to green.
 * That includes a person a staff decision moved out of red recently — otherwise red -> yellow ->
 * green, each step immediate, would walk around the second approver.
 */
public final class FourEyesPolicy {

  /** How long a staff move out of red still counts as "red" for a green override. */
  public static final Duration RED_MEMORY = Duration.ofDays(14);

  private FourEyesPolicy() {}

  /**
   * @param history the person's colour history (any order)
   */
  public static boolean needsSecondApprover(
      CodeColour current, CodeColour target, List<ColourChangeView> history, Instant now) {
    if (target != CodeColour.GREEN) {
      return false;
    }
    return current == CodeColour.RED || leftRedByStaffSince(history, now.minus(RED_MEMORY));
  }

  private static boolean leftRedByStaffSince(List<ColourChangeView> history, Instant since) {
    return history.stream()
        .anyMatch(
            c ->
                c.from() == CodeColour.RED
                    && c.to() != CodeColour.RED
                    && !"RULE".equals(c.source())
                    && c.at().isAfter(since));
  }
}
