package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which check-ins of a group are new rows, decided as if the group's items had come one after the
 * other: an item repeats a stored row or an earlier item of the same group when that one is the
 * same person's check-in at the same venue within the five minutes before it (a scan), or has the
 * same idempotency key (a retry, a double tap, a redelivered ride). So a group writes exactly what
 * the same requests would have written one by one, and no key twice.
 */
final class GroupPlan {

  /** Item {@code i}: the stored row it repeats, or else the index of the item whose row it is. */
  private final CheckIn[] stored;

  private final int[] owner;
  private final List<CheckIn> toInsert = new ArrayList<>();

  private GroupPlan(int size) {
    stored = new CheckIn[size];
    owner = new int[size];
  }

  /**
   * @param storedByKey rows already in the table with one of the group's keys
   * @param storedRecent rows already in the table that may be an item's last visit (a superset)
   */
  static GroupPlan of(
      List<PendingCheckIn> items,
      Map<String, CheckIn> storedByKey,
      Collection<CheckIn> storedRecent) {
    GroupPlan plan = new GroupPlan(items.size());
    Map<String, Integer> newByKey = new HashMap<>();
    List<Integer> newItems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      PendingCheckIn item = items.get(i);
      CheckIn row = item.row();
      CheckIn lastStored = item.oncePerVisit() ? lastVisit(row, storedRecent) : null;
      int lastNew = -1;
      if (item.oncePerVisit()) {
        for (int j : newItems) {
          CheckIn earlier = items.get(j).row();
          if (sameVisit(earlier, row)
              && (lastNew < 0
                  || earlier.checkedInAt().isAfter(items.get(lastNew).row().checkedInAt()))) {
            lastNew = j;
          }
        }
      }
      if (lastNew >= 0
          && (lastStored == null
              || !lastStored.checkedInAt().isAfter(items.get(lastNew).row().checkedInAt()))) {
        plan.owner[i] = lastNew;
      } else if (lastStored != null) {
        plan.stored[i] = lastStored;
      } else if (storedByKey.containsKey(row.idempotencyKey())) {
        plan.stored[i] = storedByKey.get(row.idempotencyKey());
      } else if (newByKey.containsKey(row.idempotencyKey())) {
        plan.owner[i] = newByKey.get(row.idempotencyKey());
      } else {
        plan.owner[i] = i;
        newByKey.put(row.idempotencyKey(), i);
        newItems.add(i);
        plan.toInsert.add(row);
      }
    }
    return plan;
  }

  private static CheckIn lastVisit(CheckIn row, Collection<CheckIn> candidates) {
    CheckIn last = null;
    for (CheckIn c : candidates) {
      if (sameVisit(c, row) && (last == null || c.checkedInAt().isAfter(last.checkedInAt()))) {
        last = c;
      }
    }
    return last;
  }

  /**
   * {@code earlier} is the same person at the same venue within the five minutes up to {@code row}.
   */
  private static boolean sameVisit(CheckIn earlier, CheckIn row) {
    Instant at = row.checkedInAt();
    return earlier.citizenId() == row.citizenId()
        && earlier.venueId() == row.venueId()
        && earlier.checkedInAt().isAfter(at.minus(IdempotencyKeys.RESCAN_WINDOW))
        && !earlier.checkedInAt().isAfter(at);
  }

  /** The rows to insert, in item order. */
  List<CheckIn> toInsert() {
    return toInsert;
  }

  /**
   * Each item's answer, given the inserted rows as read back by key: its own new row (not a
   * repeat), an earlier item's new row, or a stored row (repeats).
   */
  List<CheckInRecorder.Recorded> answers(
      List<PendingCheckIn> items, Map<String, CheckIn> inserted) {
    List<CheckInRecorder.Recorded> answers = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (stored[i] != null) {
        answers.add(new CheckInRecorder.Recorded(stored[i], true));
      } else {
        String key = items.get(owner[i]).row().idempotencyKey();
        CheckIn row = inserted.get(key);
        if (row == null) {
          throw new IllegalStateException("inserted check-in " + key + " not found");
        }
        answers.add(new CheckInRecorder.Recorded(row, owner[i] != i));
      }
    }
    return answers;
  }
}
