package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Check-in recorders without a database, for tests of the classes that call them. */
public final class Recorders {

  private Recorders() {}

  /**
   * Only the people in {@code recentlyIn} checked in within the last five minutes; every group is
   * committed at once, its rows numbered from 1.
   */
  public static CheckInRecorder withoutDatabase(Set<Long> recentlyIn) {
    CheckInRecorder recorder =
        new CheckInRecorder() {
          @Override
          Map<Long, CheckIn> recent(List<Long> citizenIds, long venueId, Instant at) {
            Map<Long, CheckIn> latest = new HashMap<>();
            for (long citizenId : citizenIds) {
              if (recentlyIn.contains(citizenId)) {
                CheckIn earlier =
                    new CheckIn(
                        IdempotencyKeys.scan(citizenId, venueId, at),
                        citizenId,
                        venueId,
                        at.minusSeconds(60),
                        "GREEN",
                        "earlier",
                        CheckIn.SCAN);
                earlier.insertedAs(1000 + citizenId);
                latest.put(citizenId, earlier);
              }
            }
            return latest;
          }
        };
    recorder.queue =
        new CheckInQueue() {
          private long next = 1;

          @Override
          public List<CheckInRecorder.Recorded> record(List<PendingCheckIn> checkIns) {
            return checkIns.stream()
                .map(
                    p -> {
                      p.row().insertedAs(next++);
                      return new CheckInRecorder.Recorded(p.row(), false);
                    })
                .toList();
          }
        };
    return recorder;
  }
}
