package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.platform.TripSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;

/**
 * This node's commit queue for check-ins: the check-ins that arrive while a group is being
 * committed are written together by the next one ({@link GroupCommit}, {@link CheckInWriter}). Each
 * node has its own; nodes meet only in the database, whose unique key arbitrates between them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInQueue {

  @EJB CheckInWriter writer;

  private GroupCommit<PendingCheckIn, CheckInRecorder.Recorded> commits;

  @PostConstruct
  void start() {
    commits =
        new GroupCommit<>(
            this::write,
            TripSettings.checkInQueue(),
            TripSettings.checkInGroup(),
            TripSettings.checkInQueueWaitMillis(),
            TripSettings.checkInWriters());
  }

  /** The check-ins' rows, each committed, in order; throws if any was not. */
  public List<CheckInRecorder.Recorded> record(List<PendingCheckIn> checkIns) {
    return commits.submitAll(checkIns);
  }

  private List<GroupCommit.Outcome<CheckInRecorder.Recorded>> write(List<PendingCheckIn> group) {
    try {
      return writer.writeGroup(group).stream().map(GroupCommit.Outcome::of).toList();
    } catch (CheckInWriter.ItemRefused refused) {
      if (group.size() == 1) {
        return List.of(alone(group.get(0)));
      }
      // One row spoiled the group: each on its own, so that the others still land.
      List<GroupCommit.Outcome<CheckInRecorder.Recorded>> outcomes = new ArrayList<>();
      for (PendingCheckIn p : group) {
        outcomes.add(alone(p));
      }
      return outcomes;
    }
  }

  /**
   * A check-in in a transaction of its own. Refused again, it is tried once more: a key another
   * node committed meanwhile is then read as stored. Still refused, it fails as a system error
   * carrying the driver's exception, so a deadlock is answered "retry" (503) like any other.
   */
  private GroupCommit.Outcome<CheckInRecorder.Recorded> alone(PendingCheckIn p) {
    RuntimeException failure = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return GroupCommit.Outcome.of(writer.writeGroup(List.of(p)).get(0));
      } catch (CheckInWriter.ItemRefused refused) {
        failure = new IllegalStateException("the database refused a check-in", refused.getCause());
      } catch (RuntimeException e) {
        return GroupCommit.Outcome.failed(e);
      }
    }
    return GroupCommit.Outcome.failed(failure);
  }
}
