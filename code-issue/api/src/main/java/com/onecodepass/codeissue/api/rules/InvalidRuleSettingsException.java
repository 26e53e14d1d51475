package com.onecodepass.codeissue.api.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Rule settings that were refused, every out-of-range value at once; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidRuleSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  public InvalidRuleSettingsException(List<Violation> violations) {
    super(violations.size() + " rule settings refused");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  /**
   * @param field what was wrong (e.g. {@code companionWindowMinutes}, {@code
   *     CLOSE_CONTACT.quarantineDays})
   * @param messageKey bundle key; its text takes {0} min and {1} max
   */
  public record Violation(String field, String messageKey, int min, int max) {}
}
