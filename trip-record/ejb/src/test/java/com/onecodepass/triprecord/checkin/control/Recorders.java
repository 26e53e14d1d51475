package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import java.util.List;
import java.util.Set;

/** Check-in recorders without a database, for tests of the classes that call them. */
public final class Recorders {

  private Recorders() {}

  /**
   * Only the people in {@code recentlyIn} checked in within the last five minutes (the queue
   * answers them with that earlier row, as a group's lookup would); every group is committed at
   * once, its new rows numbered from 1.
   */
  public static CheckInRecorder withoutDatabase(Set<Long> recentlyIn) {
    CheckInRecorder recorder = new CheckInRecorder();
    recorder.queue =
        new CheckInQueue() {
          private long next = 1;

          @Override
          public List<CheckInRecorder.Recorded> record(List<PendingCheckIn> checkIns) {
            return checkIns.stream()
                .map(
                    p -> {
                      CheckIn row = p.row();
                      if (recentlyIn.contains(row.citizenId())) {
                        CheckIn earlier =
                            new CheckIn(
                                row.idempotencyKey(),
                                row.citizenId(),
                                row.venueId(),
                                row.checkedInAt().minusSeconds(60),
                                "GREEN",
                                "earlier",
                                CheckIn.SCAN);
                        earlier.insertedAs(1000 + row.citizenId());
                        return new CheckInRecorder.Recorded(earlier, true);
                      }
                      row.insertedAs(next++);
                      return new CheckInRecorder.Recorded(row, false);
                    })
                .toList();
          }
        };
    return recorder;
  }
}
