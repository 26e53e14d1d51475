package com.onecodepass.codeissue.code.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CodeStateTest {

  @Test
  void roundTripsTheDoseCount() {
    CodeState state =
        new CodeState(
            CodeColour.YELLOW,
            "subject0001",
            "张*三",
            "6101**********1234",
            Instant.ofEpochMilli(1_700_000_000_000L),
            "SYMPTOMS",
            null,
            3);
    assertThat(CodeState.decode(state.encode())).isEqualTo(state);
  }

  @Test
  void readsAnEntryCachedBeforeDosesExistedAsZeroDoses() {
    String old = String.join("\u001f", "GREEN", "s", "张*", "6101**********1234", "1", "NONE", "");
    assertThat(CodeState.decode(old).vaccinationDoses()).isZero();
  }
}
