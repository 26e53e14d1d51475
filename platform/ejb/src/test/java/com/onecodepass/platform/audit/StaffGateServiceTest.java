package com.onecodepass.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.platform.api.StaffScope.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffGateServiceTest {

  private static final StaffScope YANTA = new StaffScope("yanta-a", Role.DISTRICT_STAFF, "610113");
  private static final StaffScope CITY = new StaffScope("city", Role.CITY_ADMIN, null);
  private static final StaffScope CHECKER = new StaffScope("gate-1", Role.CHECKER, "610113");

  private final List<Audit.Entry> log = new ArrayList<>();
  private final StaffGateService gate = new StaffGateService();

  @BeforeEach
  void anAuditLogInMemory() {
    gate.audit =
        new Audit() {
          @Override
          public void append(Entry entry) {
            log.add(entry);
          }

          @Override
          public Verdict verify() {
            return new Verdict(log.size(), Optional.empty());
          }
        };
  }

  @Test
  void aRefusalIsRecordedAsTheActionDeniedAndThrownWithThePagesMessageKey() {
    assertThatThrownBy(
            () ->
                gate.requireDistrict(
                    YANTA, "610104", "cases.read", "case#7", "10.0.0.9", "cases.notPermitted"))
        .isInstanceOf(NotPermittedException.class)
        .extracting(e -> ((NotPermittedException) e).messageKey())
        .isEqualTo("cases.notPermitted");

    assertThat(log).hasSize(1);
    Audit.Entry entry = log.get(0);
    assertThat(entry.action()).isEqualTo("cases.read.denied");
    assertThat(entry.actor()).isEqualTo("yanta-a");
    assertThat(entry.districtCode()).isEqualTo("610113");
    assertThat(entry.target()).isEqualTo("case#7");
    assertThat(entry.reason()).isEqualTo("outside the officer's district");
    assertThat(entry.clientAddress()).isEqualTo("10.0.0.9");
  }

  @Test
  void anAllowedActionRecordsNothingUntilTheCallerRecordsIt() {
    gate.requireDistrict(YANTA, "610113", "cases.read", "case#7", null, "cases.notPermitted");
    gate.requireDistrict(CITY, "610104", "cases.read", "case#7", null, "cases.notPermitted");
    gate.requireOfficer(CITY, "cases.mark", null, "cases.notPermitted");
    assertThat(log).isEmpty();

    gate.record(YANTA, "cases.read", "case#7", null, null);
    assertThat(log).extracting(Audit.Entry::action).containsExactly("cases.read");
  }

  @Test
  void onlyOfficersPassTheOfficerCheck() {
    assertThatThrownBy(() -> gate.requireOfficer(CHECKER, "appeal.decide", null, "x"))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                gate.requireOfficer(
                    new StaffScope("lost", Role.DISTRICT_STAFF, null), "appeal.decide", null, "x"))
        .isInstanceOf(NotPermittedException.class);
    assertThat(log).extracting(Audit.Entry::action).containsOnly("appeal.decide.denied");
  }

  @Test
  void aRefusalWithoutAScopeIsStillRecorded() {
    assertThatThrownBy(() -> gate.requireDistrict(null, "610113", "risk-area", "area#1", null, "x"))
        .isInstanceOf(NotPermittedException.class);
    assertThat(log.get(0).actor()).isEqualTo("unknown");
    assertThat(log.get(0).role()).isEqualTo("NONE");
    assertThat(log.get(0).action()).isEqualTo("risk-area.denied");
  }

  @Test
  void longTargetsAndReasonsAreCutToWhatTheColumnsHold() {
    gate.record(YANTA, "citizen.unmask", "t".repeat(500), "r".repeat(500), null);
    assertThat(log.get(0).target()).hasSize(120);
    assertThat(log.get(0).reason()).hasSize(300);
  }
}
