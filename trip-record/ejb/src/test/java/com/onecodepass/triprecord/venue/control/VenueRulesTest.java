package com.onecodepass.triprecord.venue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VenueRulesTest {

  private static final Set<String> DISTRICTS = Set.of("610113");

  private static VenueRegistration form(
      String name, VenueCategory cat, String district, String gate) {
    return new VenueRegistration(name, cat, " 雁塔路1号 ", district, " ", gate);
  }

  private static String refusal(VenueRegistration r) {
    return ((VenueException)
            org.assertj.core.api.Assertions.catchThrowable(() -> VenueRules.check(r, DISTRICTS)))
        .messageKey();
  }

  @Test
  void trimsAndAcceptsAGoodApplication() {
    VenueRegistration ok =
        VenueRules.check(form(" 大雁塔超市 ", VenueCategory.SUPERMARKET, "610113", null), DISTRICTS);
    assertThat(ok.name()).isEqualTo("大雁塔超市");
    assertThat(ok.address()).isEqualTo("雁塔路1号");
    assertThat(ok.community()).isNull();
  }

  @Test
  void namesTheBadField() {
    assertThat(refusal(form(" ", VenueCategory.OFFICE, "610113", null)))
        .isEqualTo("venue.name.empty");
    assertThat(refusal(form("<b>x</b>", VenueCategory.OFFICE, "610113", null)))
        .isEqualTo("venue.name.invalid");
    assertThat(refusal(form("x", null, "610113", null))).isEqualTo("venue.category.empty");
    assertThat(refusal(form("x", VenueCategory.OFFICE, "999999", null)))
        .isEqualTo("venue.district.unknown");
    assertThat(refusal(form("x", VenueCategory.OFFICE, "610113", "gate-1")))
        .isEqualTo("venue.gateId.invalid");
    assertThat(refusal(form("x", VenueCategory.TRANSIT_STATION, "610113", "gate 1")))
        .isEqualTo("venue.gateId.invalid");
    assertThatThrownBy(
            () -> VenueRules.check(form("x", VenueCategory.OFFICE, null, null), DISTRICTS))
        .isInstanceOf(VenueException.class);
  }

  @Test
  void transitGatesCarryAGateId() {
    assertThat(
            VenueRules.check(
                    form("2号线 小寨站", VenueCategory.TRANSIT_STATION, "610113", "m2-xz-01"), DISTRICTS)
                .gateId())
        .isEqualTo("m2-xz-01");
  }
}
