package com.onecodepass.web.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void lowPriorityClassesGiveWayFirstWhenTheNodeFillsUp() {
    Admission admission = new Admission();
    int node = 0;
    for (RequestClass c : RequestClass.values()) {
      node += admission.limit(c);
    }
    // Fill the node with citizens' requests to half of its total, class by class.
    for (RequestClass c :
        List.of(RequestClass.CODE_VIEW, RequestClass.VERIFICATION, RequestClass.CHECK_IN)) {
      for (int i = 0; i < admission.limit(c) && admission.inFlight() * 2 < node; i++) {
        assertThat(admission.tryAdmit(c)).isTrue();
      }
    }
    assertThat(admission.inFlight() * 2).isGreaterThanOrEqualTo(node);
    assertThat(admission.tryAdmit(RequestClass.OTHER)).as("half full: others wait").isFalse();
    assertThat(admission.tryAdmit(RequestClass.INTEGRATOR_API))
        .as("below three quarters: integrators still admitted")
        .isTrue();
    assertThat(admission.tryAdmit(RequestClass.STAFF)).as("staff keep their reserve").isTrue();
    assertThat(admission.tryAdmit(RequestClass.CHECK_IN)).isTrue();
    assertThat(admission.shed(RequestClass.OTHER)).isEqualTo(1);
  }

  @Test
  void countsHowLongRefusalsTookInBucketsBelowTenMilliseconds() {
    Admission admission = new Admission();
    admission.refused(RequestClass.CODE_VIEW, 80_000); // 0.08 ms
    admission.refused(RequestClass.CODE_VIEW, 3_000_000); // 3 ms
    admission.refused(RequestClass.CODE_VIEW, 2_000_000_000L); // 2 s: beyond every bucket
    var times = admission.refusalTimes(RequestClass.CODE_VIEW);
    assertThat(times.count()).isEqualTo(3);
    assertThat(times.cumulative()[0]).as("<= 0.1 ms").isEqualTo(1);
    assertThat(times.cumulative()[times.bounds().length - 1]).as("<= 1 s").isEqualTo(2);
    assertThat(times.bounds()).contains(0.01);
    assertThat(admission.refusalTimes(RequestClass.STAFF).count()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/me/code, true",
    "/api/v1/results, true",
    "/ws/HealthCodeService, true",
    "/code.xhtml, false",
    "/c/abc.def, false"
  })
  void refusesProgramsWithProblemJsonAndPeopleWithAPage(String path, boolean machine) {
    assertThat(RequestClass.machineClient(path)).isEqualTo(machine);
  }

  @Test
  void neverLimitsStaticAssetsOrHealthProbes() {
    assertThat(RequestClass.exempt("/static/app.0123456789.css")).isTrue();
    assertThat(RequestClass.exempt("/health/ready")).isTrue();
    assertThat(RequestClass.exempt("/code.xhtml")).isFalse();
  }
}
