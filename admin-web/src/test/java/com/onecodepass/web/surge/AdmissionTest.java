package com.onecodepass.web.surge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdmissionTest {

  @ParameterizedTest
  @CsvSource({
    "/code.xhtml, CODE_VIEW",
    "/api/v1/me/code, CODE_VIEW",
    "/c/abc.def, VERIFICATION",
    "/api/v1/tokens/verify, VERIFICATION",
    "/v/abc.def, CHECK_IN",
    "/api/v1/me/check-ins, CHECK_IN",
    "/staff/index.xhtml, STAFF",
    "/j_security_check, STAFF",
    "/api/v1/results, INTEGRATOR_API",
    "/ws/HealthCodeService, INTEGRATOR_API",
    "/register.xhtml, OTHER"
  })
  void classifiesByPath(String path, RequestClass expected) {
    assertThat(RequestClass.of(path)).isEqualTo(expected);
  }

  @Test
  void refusesBeyondTheLimitAndAdmitsAgainWhenARequestEnds() {
    System.setProperty("ocp.admission.staff", "2");
    try {
      Admission admission = new Admission();
      assertThat(admission.tryAdmit(RequestClass.STAFF)).isTrue();
      assertThat(admission.tryAdmit(RequestClass.STAFF)).isTrue();
      assertThat(admission.tryAdmit(RequestClass.STAFF)).isFalse();
      assertThat(admission.tryAdmit(RequestClass.CODE_VIEW))
          .as("other classes unaffected")
          .isTrue();
      admission.release(RequestClass.STAFF);
      assertThat(admission.tryAdmit(RequestClass.STAFF)).isTrue();
      assertThat(admission.admitted(RequestClass.STAFF)).isEqualTo(3);
      assertThat(admission.shed(RequestClass.STAFF)).isEqualTo(1);
    } finally {
      System.clearProperty("ocp.admission.staff");
    }
  }
}
