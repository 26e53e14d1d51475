package com.onecodepass.codeissue.override.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.ColourChangeView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourEyesPolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private static ColourChangeView change(
      CodeColour from, CodeColour to, String source, Duration ago) {
    return new ColourChangeView(from, to, "X", "X", source, "yanta", null, NOW.minus(ago));
  }

  @Test
  void redToGreenNeedsASecondApprover() {
    assertThat(FourEyesPolicy.needsSecondApprover(CodeColour.RED, CodeColour.GREEN, List.of(), NOW))
        .isTrue();
  }

  @Test
  void yellowToGreenAndAnyMoveToYellowOrRedTakeEffectAtOnce() {
    assertThat(
            FourEyesPolicy.needsSecondApprover(CodeColour.YELLOW, CodeColour.GREEN, List.of(), NOW))
        .isFalse();
    assertThat(
            FourEyesPolicy.needsSecondApprover(CodeColour.RED, CodeColour.YELLOW, List.of(), NOW))
        .isFalse();
    assertThat(FourEyesPolicy.needsSecondApprover(CodeColour.GREEN, CodeColour.RED, List.of(), NOW))
        .isFalse();
  }

  @Test
  void aRecentStaffMoveOutOfRedStillCountsAsRed() {
    var staffLifted =
        List.of(change(CodeColour.RED, CodeColour.YELLOW, "STAFF", Duration.ofDays(2)));
    assertThat(
            FourEyesPolicy.needsSecondApprover(
                CodeColour.YELLOW, CodeColour.GREEN, staffLifted, NOW))
        .isTrue();
  }

  @Test
  void rulesReleasingRedOrAnOldStaffMoveDoNot() {
    var history =
        List.of(
            change(CodeColour.RED, CodeColour.YELLOW, "RULE", Duration.ofDays(1)),
            change(CodeColour.RED, CodeColour.YELLOW, "STAFF", Duration.ofDays(15)));
    assertThat(
            FourEyesPolicy.needsSecondApprover(CodeColour.YELLOW, CodeColour.GREEN, history, NOW))
        .isFalse();
  }
}
