package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Records a check-in exactly once, committed before this returns: through the node's commit queue,
 * which writes it with the others waiting at that moment in one transaction and answers only after
 * the commit ({@link CheckInQueue}). The queue decides inside that transaction whether a scan
 * repeats a stored row (the same person at the same venue within five minutes, or the same key) or
 * an earlier check-in of its group, so racing requests (a retry, a double tap) get the same row.
 *
 * <p>There is no read before the queue: it would cost every new visit a query of its own to spare a
 * rescan the wait for one group's commit (a few milliseconds), and the group's one query answers
 * both. The colour and masked name are therefore read for everyone in the request, from the code
 * cache, and kept only for the rows that are new.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInRecorder {

  @EJB CheckInQueue queue;

  public record Recorded(CheckIn checkIn, boolean repeated) {}

  /** What a new row keeps of its person: the colour shown at the gate and the masked name. */
  public record AtTheGate(String colour, String maskedName) {}

  /**
   * Venue scans of one or more people (a family checking in together) at one venue: repeats within
   * five minutes return the earlier check-in. {@code atTheGate} is asked once, for all of them
   * (code-issue answers in one call).
   */
  public List<Recorded> scan(
      List<Long> citizenIds,
      long venueId,
      Instant scannedAt,
      String source,
      Function<List<Long>, Map<Long, AtTheGate>> atTheGate) {
    Instant at = scannedAt.truncatedTo(ChronoUnit.MILLIS); // the column keeps milliseconds
    Map<Long, AtTheGate> people = atTheGate.apply(citizenIds);
    List<PendingCheckIn> pending = new ArrayList<>(citizenIds.size());
    for (long citizenId : citizenIds) {
      AtTheGate who = people.get(citizenId);
      pending.add(
          new PendingCheckIn(
              new CheckIn(
                  IdempotencyKeys.scan(citizenId, venueId, at),
                  citizenId,
                  venueId,
                  at,
                  who.colour(),
                  who.maskedName(),
                  source),
              true));
    }
    return queue.record(pending);
  }

  /**
   * A check-in whose key alone makes it unique (a transit ride): stored once, however often sent.
   */
  public Recorded insertOnce(CheckIn checkIn) {
    return queue.record(List.of(new PendingCheckIn(checkIn, false))).get(0);
  }
}
