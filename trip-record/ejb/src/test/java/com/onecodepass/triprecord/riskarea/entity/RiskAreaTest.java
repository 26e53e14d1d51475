package com.onecodepass.triprecord.riskarea.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RiskAreaTest {

  private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

  private static RiskArea draft(Instant until) {
    return new RiskArea(
        "Xiaozhai market",
        RiskAreaLevel.MEDIUM,
        RiskAreaKind.COMPOUND,
        "610113",
        "小寨",
        List.of(),
        NOW.minus(Duration.ofDays(1)),
        until,
        "yanta-a",
        NOW.minus(Duration.ofHours(1)));
  }

  @Test
  void aDraftIsPublishedOnlyAfterItsPreview() {
    RiskArea area = draft(null);
    refused(() -> area.publish("yanta-a", NOW), "risk.previewFirst");

    area.previewed(120, 40, NOW);
    area.publish("yanta-a", NOW);
    assertThat(area.status()).isEqualTo(RiskAreaStatus.PUBLISHED);
    assertThat(area.publishedBy()).isEqualTo("yanta-a");
    assertThat(area.applyHeartbeat()).isEqualTo(NOW);

    refused(() -> area.publish("yanta-a", NOW), "risk.notDraft");
  }

  @Test
  void anAreaWhosePeriodIsOverIsNotPublished() {
    RiskArea area = draft(NOW.minus(Duration.ofMinutes(1)));
    area.previewed(1, 1, NOW);
    refused(() -> area.publish("yanta-a", NOW), "risk.alreadyOver");
    assertThat(area.status()).isEqualTo(RiskAreaStatus.DRAFT);
  }

  @Test
  void aDraftOrAnAreaInForceIsWithdrawnOnceAndOnlyOneInForceLeavesConditionsToEnd() {
    RiskArea unpublished = draft(null);
    unpublished.withdraw("yanta-b", NOW);
    assertThat(unpublished.status()).isEqualTo(RiskAreaStatus.WITHDRAWN);
    assertThat(unpublished.endingPending()).isFalse();
    refused(() -> unpublished.withdraw("yanta-b", NOW), "risk.notWithdrawable");

    RiskArea published = draft(null);
    published.previewed(1, 1, NOW);
    published.publish("yanta-a", NOW);
    published.withdraw("yanta-b", NOW.plusSeconds(5));
    assertThat(published.endingPending()).isTrue();
    assertThat(published.endedBy()).isEqualTo("yanta-b");
  }

  @Test
  void theApplyRunCountsProgressAndAResumedRunStartsAgainFromZero() {
    RiskArea area = draft(null);
    area.previewed(1, 1, NOW);
    area.publish("yanta-a", NOW);
    area.startRun(1000, NOW);
    area.progress(500, 480, NOW.plusSeconds(1));
    area.startRun(1000, NOW.plusSeconds(200));
    area.progress(1000, 20, NOW.plusSeconds(201));
    area.applied(NOW.plusSeconds(201), NOW.plusSeconds(202));

    assertThat(area.status()).isEqualTo(RiskAreaStatus.APPLIED);
    assertThat(area.run().total()).isEqualTo(1000);
    assertThat(area.run().done()).isEqualTo(1000);
    assertThat(area.run().recorded()).isEqualTo(500);
    assertThat(area.coveredUntil()).isEqualTo(NOW.plusSeconds(201));
  }

  private static void refused(ThrowingCallable action, String key) {
    assertThatThrownBy(action)
        .isInstanceOf(RiskAreaException.class)
        .extracting(e -> ((RiskAreaException) e).messageKey())
        .isEqualTo(key);
  }
}
