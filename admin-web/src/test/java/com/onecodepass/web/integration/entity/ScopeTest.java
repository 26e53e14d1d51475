package com.onecodepass.web.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void parsesSpaceSeparatedScopesAndIgnoresUnknownOnes() {
    assertThat(Scope.parse("  results:write   code:read bogus:scope "))
        .containsExactlyInAnyOrder(Scope.RESULTS_WRITE, Scope.CODE_READ);
    assertThat(Scope.parse(null)).isEmpty();
    assertThat(Scope.parse("")).isEmpty();
  }

  @Test
  void formatsInAStableOrder() {
    assertThat(Scope.format(EnumSet.of(Scope.AREAS_READ, Scope.RESULTS_WRITE)))
        .isEqualTo("results:write areas:read");
  }

  @Test
  void problemTypesAreStableUris() {
    assertThat(Problem.INVALID_RESIDENT_ID.type())
        .isEqualTo("https://onecodepass.example/problems/invalid-resident-id");
    assertThat(Problem.ofStatus(415)).isEqualTo(Problem.UNSUPPORTED_MEDIA_TYPE);
    assertThat(Problem.ofStatus(404)).isEqualTo(Problem.NOT_FOUND);
    assertThat(Problem.ofStatus(400)).isEqualTo(Problem.MALFORMED_REQUEST);
  }
}
