package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The officers' side of appeals, scoped by district and audited (a refusal throws {@link
 * NotPermittedException} after recording it). Approving a red person's appeal is a red-to-green
 * override and waits for a second officer (see {@link CodeOverrides}).
 */
@Local
public interface AppealDesk {

  /** Open appeals of the officer's district (every district for a city admin), oldest first. */
  List<AppealCase> queue(StaffScope scope, String clientAddress);

  /** One appeal with the person's colour history and recent tests. */
  AppealCase detail(StaffScope scope, long appealId, String clientAddress);

  /**
   * Approves or rejects with a written answer the citizen reads. An approval ends the person's open
   * conditions of the appealed kind, at once or after the second approver.
   *
   * @throws InvalidInputException {@code appeal.answer} (blank or too long), {@code
   *     appeal.unknown}, {@code appeal.decided}, {@code appealDesk.awaiting} (a second approval is
   *     already pending)
   */
  Decided decide(
      StaffScope scope, long appealId, boolean approve, String answer, String clientAddress);

  /** The appeal after the decision, and the four-eyes request when the approval must wait. */
  record Decided(AppealView appeal, OverrideView awaitingSecondApprover) {}
}
