package com.onecodepass.codeissue.api.rules;

import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The city admin's view of the colour rules' windows and thresholds: read the version in force,
 * publish a changed copy as the next version (with who and why), list the versions with what each
 * one changed. Publishing re-colours the people it can affect.
 */
@Local
public interface RuleSettings {

  RuleSettingsView current();

  /** Newest first, each with its author and a summary of what it changed from the one before. */
  List<RuleVersionView> history(int max);

  /**
   * @return the new version number
   * @throws InvalidRuleSettingsException when a value is out of range (nothing is stored)
   */
  int publish(StaffScope admin, RuleSettingsView changed, String reason, String clientAddress);
}
