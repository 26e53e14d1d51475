package com.onecodepass.web.integration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.testing.RowRejected;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.integration.entity.ItemReason;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRulesTest {

  private static String validId() {
    String first17 = "61011319900307123";
    return first17 + ResidentId.checkDigitFor(first17);
  }

  @Test
  void residentIdsAreCheckedLikeOnTheCitizenForm() {
    assertThat(ItemRules.person(validId()).value()).isEqualTo(validId());
    String wrongCheck = validId().substring(0, 17) + (validId().endsWith("1") ? "2" : "1");
    assertThatThrownBy(() -> ItemRules.person(wrongCheck))
        .isInstanceOf(RowRejected.class)
        .extracting(e -> ((RowRejected) e).reason())
        .isEqualTo("invalid-resident-id");
  }

  @Test
  void timesNeedAnOffsetAndMayNotLieInTheFuture() {
    assertThat(ItemRules.time("2026-01-04T16:00:00+08:00", true))
        .isEqualTo(Instant.parse("2026-01-04T08:00:00Z"));
    assertThat(ItemRules.time(null, false)).isNull();
    assertThat(reason(() -> ItemRules.time(null, true))).isEqualTo("missing-field");
    assertThat(reason(() -> ItemRules.time("2026-01-04 16:00", true))).isEqualTo("invalid-time");
    assertThat(reason(() -> ItemRules.time(Instant.now().plusSeconds(3600).toString(), true)))
        .isEqualTo("invalid-time");
  }

  @Test
  void moduleMessageKeysBecomeStableReasons() {
    assertThat(ItemRules.reasonFor(new InvalidInputException("b", "tube.unknown", "x")))
        .isEqualTo(ItemReason.UNKNOWN_TUBE);
    assertThat(ItemRules.reasonFor(new InvalidInputException("m", "member.unknown", "x")))
        .isEqualTo(ItemReason.UNKNOWN_RESIDENT);
    assertThat(ItemRules.reasonFor(new InvalidInputException("c", "citizen.unknown", "x")))
        .isEqualTo(ItemReason.UNKNOWN_RESIDENT);
    assertThat(ItemRules.reasonFor(new InvalidInputException("r", "residentId.region", "x")))
        .isEqualTo(ItemReason.INVALID_RESIDENT_ID);
    assertThat(ItemRules.reasonFor(new InvalidInputException("d", "vaccination.duplicate", "x")))
        .isEqualTo(ItemReason.VACCINATION_DUPLICATE);
    assertThat(ItemRules.reasonFor(new InvalidInputException("x", "something.new", "x")))
        .isEqualTo(ItemReason.REJECTED);
  }

  @Test
  void anUnknownTransitGateIsAnItemReasonNotABatchFailure() {
    assertThat(ItemRules.reasonFor(new VenueException("transit.unknownGate")))
        .isEqualTo(ItemReason.TRANSIT_UNKNOWN_GATE);
    assertThat(ItemReason.TRANSIT_UNKNOWN_GATE.code()).isEqualTo("transit-unknowngate");
  }

  @Test
  void theRequestHashIgnoresHowTimesAreWrittenButNotWhatTheySay() {
    List<String> a = List.of("2026-01-04T16:00:00+08:00");
    List<String> b = List.of("2026-01-04T08:00:00Z");
    List<String> c = List.of("2026-01-04T08:00:01Z");
    assertThat(hash(a)).isEqualTo(hash(b)).isNotEqualTo(hash(c)).hasSize(64);
  }

  private static String hash(List<String> times) {
    return ItemRules.requestHash(
        "op", times, t -> Arrays.asList(ItemRules.canonicalTime(t), "lab"));
  }

  private static String reason(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RowRejected e) {
      return e.reason();
    }
  }
}
