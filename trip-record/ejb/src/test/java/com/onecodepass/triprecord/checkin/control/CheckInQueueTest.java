package com.onecodepass.triprecord.checkin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInQueueTest {

  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

  /** A database in which one key is refused while it is part of a bigger group. */
  static class FakeWriter extends CheckInWriter {
    final List<Integer> transactions = new ArrayList<>();
    final String refusedKey;
    final SQLException refusal;
    final boolean refusedAlone;

    FakeWriter(String refusedKey, SQLException refusal, boolean refusedAlone) {
      this.refusedKey = refusedKey;
      this.refusal = refusal;
      this.refusedAlone = refusedAlone;
    }

    @Override
    public List<CheckInRecorder.Recorded> writeGroup(List<PendingCheckIn> group) {
      transactions.add(group.size());
      boolean spoiled = group.stream().anyMatch(p -> p.row().idempotencyKey().equals(refusedKey));
      if (spoiled && (group.size() > 1 || refusedAlone)) {
        throw new ItemRefused(refusal);
      }
      return group.stream().map(p -> new CheckInRecorder.Recorded(p.row(), spoiled)).toList();
    }
  }

  @Test
  void aKeyStoredMeanwhileByAnotherNodeDoesNotFailTheRestOfItsGroup() {
    FakeWriter db =
        new FakeWriter(
            IdempotencyKeys.scan(2, 1, T),
            new SQLIntegrityConstraintViolationException("dup", "23000"),
            false);
    CheckInQueue queue = queue(db);

    List<CheckInRecorder.Recorded> recorded = queue.record(List.of(scan(1), scan(2), scan(3)));

    assertThat(recorded).extracting(r -> r.checkIn().citizenId()).containsExactly(1L, 2L, 3L);
    assertThat(recorded)
        .extracting(CheckInRecorder.Recorded::repeated)
        .containsExactly(false, true, false);
    assertThat(db.transactions).containsExactly(3, 1, 1, 1);
  }

  @Test
  void aRowRefusedEvenAloneFailsOnlyItselfWithTheDriversExceptionAsCause() {
    SQLException deadlock = new SQLTransactionRollbackException("deadlock", "40001", 1213);
    FakeWriter db = new FakeWriter(IdempotencyKeys.scan(2, 1, T), deadlock, true);
    CheckInQueue queue = queue(db);

    assertThatThrownBy(() -> queue.record(List.of(scan(1), scan(2))))
        .isNotInstanceOf(CheckInWriter.ItemRefused.class)
        .hasCause(deadlock);
    assertThat(queue.record(List.of(scan(3)))).hasSize(1);
    // the group, then each alone, the refused one twice
    assertThat(db.transactions).containsExactly(2, 1, 1, 1, 1);
  }

  private static CheckInQueue queue(CheckInWriter writer) {
    CheckInQueue queue = new CheckInQueue();
    queue.writer = writer;
    queue.start();
    return queue;
  }

  private static PendingCheckIn scan(long citizen) {
    return new PendingCheckIn(
        new CheckIn(IdempotencyKeys.scan(citizen, 1, T), citizen, 1, T, "GREEN", "张*", "SCAN"),
        true);
  }
}
