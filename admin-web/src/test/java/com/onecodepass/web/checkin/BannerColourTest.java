package com.onecodepass.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BannerColourTest {

  private static String banner(String... colours) {
    CheckInConfirmation page = new CheckInConfirmation();
    for (String c : colours) {
      page.getPeople().add(new CheckInConfirmation.Person("张*", c, "08:00:00"));
    }
    return page.getColour();
  }

  @Test
  void theWorstColourAmongThePeopleShownColoursTheBanner() {
    assertThat(banner("green", "green")).isEqualTo("green");
    assertThat(banner("green", "yellow", "green")).isEqualTo("yellow");
    assertThat(banner("yellow", "red", "green")).isEqualTo("red");
    assertThat(banner()).isEqualTo("none");
    assertThat(List.of(banner("green", "none"))).containsExactly("none");
  }
}
