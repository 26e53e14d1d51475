package com.onecodepass.web.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffAccountRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"yanta", "li.wei", "duty-610113", "ops_2"})
  void goodUsernames(String username) {
    assertThat(StaffAccountRules.username(username)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ab",
        "Yanta",
        "1admin",
        "has space",
        "abcdefghijabcdefghijabcdefghijabcdefghijk",
        "李伟"
      })
  void badUsernames(String username) {
    assertThat(StaffAccountRules.username(username)).contains("access.error.username");
  }

  @ParameterizedTest
  @CsvSource({
    "Short#1, access.error.passwordLength",
    "alllowercaseletters, access.error.passwordKinds",
    "lowercase123456, access.error.passwordKinds",
    "Yanta#Summer2026, access.error.passwordGuessable",
    "MyPassword#2026, access.error.passwordGuessable"
  })
  void weakPasswordsAreRefusedWithTheirReason(String password, String key) {
    assertThat(StaffAccountRules.password(password, "yanta")).contains(key);
  }

  @Test
  void aStrongPasswordPasses() {
    assertThat(StaffAccountRules.password("Lotus#Gate2026", "yanta")).isEmpty();
    assertThat(StaffAccountRules.password("lotus gate 2026 river", "yanta")).isEmpty();
  }

  @Test
  void generatedPasswordsPassTheRuleAndDiffer() {
    String one = StaffAccountRules.generatePassword();
    assertThat(StaffAccountRules.password(one, "anyone")).isEmpty();
    assertThat(StaffAccountRules.generatePassword()).isNotEqualTo(one);
  }

  @Test
  void districtRolesNeedAKnownDistrict() {
    assertThat(StaffAccountRules.district("DISTRICT_STAFF", null, false))
        .contains("access.error.districtRequired");
    assertThat(StaffAccountRules.district("VENUE_OPERATOR", " ", false))
        .contains("access.error.districtRequired");
    assertThat(StaffAccountRules.district("DISTRICT_STAFF", "999999", false))
        .contains("access.error.districtUnknown");
    assertThat(StaffAccountRules.district("DISTRICT_STAFF", "610113", true)).isEmpty();
    assertThat(StaffAccountRules.district("CHECKER", null, false)).isEmpty();
  }

  @Test
  void theLastEnabledCityAdminStays() {
    assertThat(StaffAccountRules.leavesACityAdmin("CITY_ADMIN", true, 1)).isFalse();
    assertThat(StaffAccountRules.leavesACityAdmin("CITY_ADMIN", true, 2)).isTrue();
    assertThat(StaffAccountRules.leavesACityAdmin("CITY_ADMIN", false, 1)).isTrue();
    assertThat(StaffAccountRules.leavesACityAdmin("DISTRICT_STAFF", true, 1)).isTrue();
  }

  @Test
  void onlyTheFourRolesExist() {
    assertThat(StaffAccountRules.role("CITY_ADMIN")).isEmpty();
    assertThat(StaffAccountRules.role("ROOT")).contains("access.error.role");
    assertThat(StaffAccountRules.role(null)).contains("access.error.role");
  }
}
