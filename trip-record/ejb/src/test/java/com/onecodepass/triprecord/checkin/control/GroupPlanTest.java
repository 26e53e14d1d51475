package com.onecodepass.triprecord.checkin.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupPlanTest {

  /** Ten seconds before a five-minute bucket ends. */
  private static final Instant T = Instant.parse("2026-11-20T10:04:50Z");

  @Test
  void aDoubleTapInOneGroupIsOneRowAndTheSecondAnswerRepeatsIt() {
    List<PendingCheckIn> group = List.of(scan(7, 1, T), scan(7, 1, T.plusSeconds(1)));
    GroupPlan plan = GroupPlan.of(group, Map.of(), List.of());

    assertThat(plan.toInsert()).hasSize(1);
    List<CheckInRecorder.Recorded> answers = plan.answers(group, readBack(plan));
    assertThat(answers.get(0).repeated()).isFalse();
    assertThat(answers.get(1).repeated()).isTrue();
    assertThat(answers.get(1).checkIn()).isSameAs(answers.get(0).checkIn());
  }

  @Test
  void theRescanRuleHoldsAcrossABucketBoundaryInsideAGroup() {
    // Different keys (the second is in the next bucket), yet within five minutes: one visit.
    List<PendingCheckIn> group = List.of(scan(7, 1, T), scan(7, 1, T.plusSeconds(20)));
    assertThat(group.get(0).row().idempotencyKey())
        .isNotEqualTo(group.get(1).row().idempotencyKey());

    GroupPlan plan = GroupPlan.of(group, Map.of(), List.of());

    assertThat(plan.toInsert()).extracting(CheckIn::checkedInAt).containsExactly(T);
  }

  @Test
  void aStoredVisitWithinFiveMinutesIsRepeatedAndAnOlderOneIsNot() {
    CheckIn stored = row(7, 1, T.minusSeconds(240));
    CheckIn old = row(8, 1, T.minusSeconds(301));
    List<PendingCheckIn> group = List.of(scan(7, 1, T), scan(8, 1, T));

    GroupPlan plan = GroupPlan.of(group, Map.of(), List.of(stored, old));

    assertThat(plan.toInsert()).extracting(CheckIn::citizenId).containsExactly(8L);
    List<CheckInRecorder.Recorded> answers = plan.answers(group, readBack(plan));
    assertThat(answers.get(0).checkIn()).isSameAs(stored);
    assertThat(answers.get(0).repeated()).isTrue();
    assertThat(answers.get(1).repeated()).isFalse();
  }

  @Test
  void aKeyStoredByAnotherNodeIsAnsweredWithItsRow() {
    PendingCheckIn ride = transit("t:abc", 7, 1, T);
    CheckIn stored = new CheckIn("t:abc", 7, 1, T.minusSeconds(3600), "NONE", null, "TRANSIT");

    GroupPlan plan = GroupPlan.of(List.of(ride), Map.of("t:abc", stored), List.of());

    assertThat(plan.toInsert()).isEmpty();
    assertThat(plan.answers(List.of(ride), Map.of()).get(0).checkIn()).isSameAs(stored);
  }

  @Test
  void ridesIgnoreTheRescanRuleAndDifferentPeopleOrVenuesAreDifferentVisits() {
    CheckIn earlierRide = row(7, 1, T.minusSeconds(60));
    List<PendingCheckIn> group =
        List.of(
            transit("t:1", 7, 1, T),
            transit("t:1", 7, 1, T), // the same ride redelivered within the group
            scan(8, 1, T),
            scan(8, 2, T),
            scan(9, 1, T));

    GroupPlan plan = GroupPlan.of(group, Map.of(), List.of(earlierRide));

    assertThat(plan.toInsert()).hasSize(4);
    List<CheckInRecorder.Recorded> answers = plan.answers(group, readBack(plan));
    assertThat(answers)
        .extracting(CheckInRecorder.Recorded::repeated)
        .containsExactly(false, true, false, false, false);
  }

  @Test
  void aDeviceScanOlderThanTheGroupsNewRowIsItsOwnVisit() {
    // Sequential semantics: the rule looks back from each scan, not forward.
    List<PendingCheckIn> group = List.of(scan(7, 1, T.plusSeconds(600)), scan(7, 1, T));

    GroupPlan plan = GroupPlan.of(group, Map.of(), List.of());

    assertThat(plan.toInsert()).hasSize(2);
  }

  private static PendingCheckIn scan(long citizen, long venue, Instant at) {
    return new PendingCheckIn(
        new CheckIn(
            IdempotencyKeys.scan(citizen, venue, at), citizen, venue, at, "GREEN", "张*", "SCAN"),
        true);
  }

  private static PendingCheckIn transit(String key, long citizen, long venue, Instant at) {
    return new PendingCheckIn(new CheckIn(key, citizen, venue, at, "NONE", null, "TRANSIT"), false);
  }

  private static CheckIn row(long citizen, long venue, Instant at) {
    return new CheckIn("stored:" + citizen + ":" + at, citizen, venue, at, "GREEN", "张*", "SCAN");
  }

  /** The inserted rows as the database would give them back by key. */
  private static Map<String, CheckIn> readBack(GroupPlan plan) {
    Map<String, CheckIn> rows = new HashMap<>();
    plan.toInsert().forEach(r -> rows.put(r.idempotencyKey(), r));
    return rows;
  }
}
