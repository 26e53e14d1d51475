package com.onecodepass.codeissue.api.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeColourTest {

  @ParameterizedTest
  @EnumSource(CodeColour.class)
  void roundTripsThroughCode(CodeColour colour) {
    assertThat(CodeColour.ofCode(colour.code())).isSameAs(colour);
  }

  @Test
  void codesAreStable() {
    assertThat(CodeColour.GREEN.code()).isEqualTo((byte) 0);
    assertThat(CodeColour.YELLOW.code()).isEqualTo((byte) 1);
    assertThat(CodeColour.RED.code()).isEqualTo((byte) 2);
    assertThatThrownBy(() -> CodeColour.ofCode(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdictErrorCodesAreSnakeCase() {
    assertThat(TokenVerdict.VALID.errorCode()).isEqualTo("valid");
    assertThat(TokenVerdict.BAD_SIGNATURE.errorCode()).isEqualTo("bad_signature");
    assertThat(TokenVerdict.UNKNOWN_KEY.errorCode()).isEqualTo("unknown_key");
    assertThat(TokenVerdict.NOT_A_PERSONAL_CODE.errorCode()).isEqualTo("not_a_personal_code");
  }
}
