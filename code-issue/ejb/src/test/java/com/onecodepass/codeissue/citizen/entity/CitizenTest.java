package com.onecodepass.codeissue.citizen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CitizenTest {

  private static SealedPersonalData sealed(String nameMasked, String mobileMasked) {
    byte[] some = {1, 2, 3};
    return new SealedPersonalData(
        some,
        nameMasked,
        some,
        some,
        "6101**********1232",
        mobileMasked == null ? null : some,
        mobileMasked == null ? null : some,
        mobileMasked);
  }

  private final Citizen child =
      Citizen.dependant("S1", sealed("陈*红", null), "610113", Instant.EPOCH);

  @Test
  void aHeldPersonIsNotClaimedAndNothingChanges() {
    assertThatThrownBy(() -> child.claim(sealed("陈*红", "139****0000"), "610102", true))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "residentId.heldByFamily");

    assertThat(child.hasOwnAccount()).isFalse();
    assertThat(child.districtCode()).isEqualTo("610113");
  }

  @Test
  void aReleasedPersonClaimsTheirNumberAndDistrictButNotANewName() {
    child.claim(sealed("王*锤", "139****0000"), "610102", false);

    assertThat(child.hasOwnAccount()).isTrue();
    assertThat(child.mobileMasked()).isEqualTo("139****0000");
    assertThat(child.districtCode()).isEqualTo("610102");
    assertThat(child.nameMasked()).isEqualTo("陈*红");
    assertThatThrownBy(() -> child.claim(sealed("陈*红", "150****0000"), "610113", false))
        .isInstanceOf(IllegalStateException.class);
  }
}
