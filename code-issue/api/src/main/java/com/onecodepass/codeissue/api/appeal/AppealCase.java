package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.testing.TestResultView;
import java.io.Serializable;
import java.util.List;

/**
 * An open appeal as the deciding officer sees it: the appeal, the person's current code, and (in
 * the detail only; empty in the queue) their colour history and recent tests. {@code
 * awaitingSecondApprover} is the four-eyes request an approval of a red person's appeal created.
 */
public record AppealCase(
    AppealView appeal,
    String residentIdMasked,
    CodeColour currentColour,
    String currentReason,
    List<ColourChangeView> history,
    List<TestResultView> tests,
    OverrideView awaitingSecondApprover)
    implements Serializable {

  public boolean awaiting() {
    return awaitingSecondApprover != null;
  }
}
