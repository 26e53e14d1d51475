package com.onecodepass.triprecord.riskarea.control;

import static com.onecodepass.triprecord.api.riskarea.RiskAreaKind.COMPOUND;
import static com.onecodepass.triprecord.api.riskarea.RiskAreaKind.DISTRICT;
import static com.onecodepass.triprecord.api.riskarea.RiskAreaKind.SUB_DISTRICT;
import static com.onecodepass.triprecord.api.riskarea.RiskAreaKind.VENUES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaMatcherTest {

  private static final AreaMatcher.VenueFacts MALL =
      new AreaMatcher.VenueFacts(1, "610113", "雁塔区小寨东路街道长安中路1号", "大雁塔社区");
  private static final AreaMatcher.VenueFacts SHOP =
      new AreaMatcher.VenueFacts(2, "610113", "雁塔区电子城街道科技路5号", null);
  private static final AreaMatcher.VenueFacts ELSEWHERE =
      new AreaMatcher.VenueFacts(3, "610102", "新城区小寨东路街道9号", "大雁塔社区");

  private static boolean m(RiskAreaKind kind, String place, AreaMatcher.VenueFacts v) {
    return AreaMatcher.matches(kind, "610113", place, List.of(2L, 3L), v);
  }

  @Test
  void aDistrictCoversItsVenuesOnly() {
    assertThat(m(DISTRICT, null, MALL)).isTrue();
    assertThat(m(DISTRICT, null, SHOP)).isTrue();
    assertThat(m(DISTRICT, null, ELSEWHERE)).isFalse();
  }

  @Test
  void aSubDistrictIsFoundInTheAddressIgnoringSpaces() {
    assertThat(m(SUB_DISTRICT, "小寨东路 街道", MALL)).isTrue();
    assertThat(m(SUB_DISTRICT, "小寨东路街道", SHOP)).isFalse();
    // Same street name in another district: not this district's sub-district.
    assertThat(m(SUB_DISTRICT, "小寨东路街道", ELSEWHERE)).isFalse();
  }

  @Test
  void aCompoundIsTheCommunityOrANameInTheAddress() {
    assertThat(m(COMPOUND, "大雁塔社区", MALL)).isTrue();
    assertThat(m(COMPOUND, "科技路5号", SHOP)).isTrue();
    assertThat(m(COMPOUND, "大雁塔社区", SHOP)).isFalse();
    assertThat(m(COMPOUND, "大雁塔社区", ELSEWHERE)).isFalse();
  }

  @Test
  void aVenueListCoversExactlyItsVenuesInTheDistrict() {
    assertThat(m(VENUES, null, MALL)).isFalse();
    assertThat(m(VENUES, null, SHOP)).isTrue();
    assertThat(m(VENUES, null, ELSEWHERE)).isFalse();
  }

  private static RiskAreaDraft draft(RiskAreaKind kind, String place, List<Long> venues) {
    return new RiskAreaDraft(
        " 小寨 ",
        RiskAreaLevel.HIGH,
        kind,
        "610113",
        place,
        venues,
        Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-03-15T00:00:00Z"));
  }

  @Test
  void rulesTidyAGoodDefinition() {
    RiskAreaDraft d = AreaRules.check(draft(SUB_DISTRICT, " 小寨 街道", null), Set.of("610113"));
    assertThat(d.name()).isEqualTo("小寨");
    assertThat(d.place()).isEqualTo("小寨街道");
    assertThat(AreaRules.check(draft(VENUES, "x", List.of(5L, 5L, 6L)), Set.of("610113")))
        .satisfies(v -> assertThat(v.venueIds()).containsExactly(5L, 6L))
        .satisfies(v -> assertThat(v.place()).isNull());
  }

  @Test
  void rulesNameWhatIsWrong() {
    Set<String> codes = Set.of("610113");
    assertKey(() -> AreaRules.check(draft(SUB_DISTRICT, "街", null), codes), "risk.place.invalid");
    assertKey(() -> AreaRules.check(draft(VENUES, null, List.of()), codes), "risk.venues.invalid");
    assertKey(
        () -> AreaRules.check(draft(DISTRICT, null, null), Set.of("610102")),
        "risk.district.invalid");
    RiskAreaDraft backwards =
        new RiskAreaDraft(
            "小寨",
            RiskAreaLevel.LOW,
            DISTRICT,
            "610113",
            null,
            null,
            Instant.parse("2026-03-15T00:00:00Z"),
            Instant.parse("2026-03-01T00:00:00Z"));
    assertKey(() -> AreaRules.check(backwards, codes), "risk.until.beforeFrom");
  }

  private static void assertKey(Runnable r, String key) {
    assertThatThrownBy(r::run)
        .isInstanceOf(RiskAreaException.class)
        .extracting(e -> ((RiskAreaException) e).messageKey())
        .isEqualTo(key);
  }
}
