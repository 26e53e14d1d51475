package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Records a check-in exactly once, committed before this returns. First the cheap path (the same
 * person at the same venue within five minutes, by the (citizen, time) index: no write, no wait);
 * then the node's commit queue, which writes it with the others waiting at that moment in one
 * transaction and answers only after the commit ({@link CheckInQueue}). The queue decides again,
 * inside that transaction, whether it repeats a stored row or an earlier check-in of its group, so
 * racing requests (a retry, a double tap) get the same row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInRecorder {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB CheckInQueue queue;

  public record Recorded(CheckIn checkIn, boolean repeated) {}

  /** What a new row keeps of its person: the colour shown at the gate and the masked name. */
  public record AtTheGate(String colour, String maskedName) {}

  /**
   * Venue scans of one or more people (a family checking in together) at one venue: repeats within
   * five minutes return the earlier check-in. {@code atTheGate} is asked once, for the people who
   * get a new row (code-issue answers for all of them in one call), and not at all if none does.
   */
  public List<Recorded> scan(
      List<Long> citizenIds,
      long venueId,
      Instant scannedAt,
      String source,
      Function<List<Long>, Map<Long, AtTheGate>> atTheGate) {
    Instant at = scannedAt.truncatedTo(ChronoUnit.MILLIS); // the column keeps milliseconds
    Recorded[] answers = new Recorded[citizenIds.size()];
    List<Integer> slots = new ArrayList<>();
    Map<Long, CheckIn> recent = recent(citizenIds, venueId, at);
    for (int i = 0; i < citizenIds.size(); i++) {
      CheckIn earlier = recent.get(citizenIds.get(i));
      if (earlier != null) {
        answers[i] = new Recorded(earlier, true);
      } else {
        slots.add(i);
      }
    }
    if (!slots.isEmpty()) {
      Map<Long, AtTheGate> people = atTheGate.apply(slots.stream().map(citizenIds::get).toList());
      List<PendingCheckIn> pending = new ArrayList<>(slots.size());
      for (int i : slots) {
        long citizenId = citizenIds.get(i);
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
      List<Recorded> written = queue.record(pending);
      for (int k = 0; k < slots.size(); k++) {
        answers[slots.get(k)] = written.get(k);
      }
    }
    return List.of(answers);
  }

  /**
   * A check-in whose key alone makes it unique (a transit ride): stored once, however often sent.
   */
  public Recorded insertOnce(CheckIn checkIn) {
    return queue.record(List.of(new PendingCheckIn(checkIn, false))).get(0);
  }

  /** Each person's latest check-in here within the rescan window: one statement per family. */
  Map<Long, CheckIn> recent(List<Long> citizenIds, long venueId, Instant at) {
    Map<Long, CheckIn> latest = new HashMap<>();
    em.createQuery(
            "select c from CheckIn c where c.citizenId in :c and c.checkedInAt > :from"
                + " and c.checkedInAt <= :at and c.venueId = :v"
                + " and c.checkInDay between :fromDay and :atDay order by c.checkedInAt desc",
            CheckIn.class)
        .setParameter("c", citizenIds)
        .setParameter("from", at.minus(IdempotencyKeys.RESCAN_WINDOW))
        .setParameter("at", at)
        .setParameter("fromDay", CheckIn.dayOf(at.minus(IdempotencyKeys.RESCAN_WINDOW)))
        .setParameter("atDay", CheckIn.dayOf(at))
        .setParameter("v", venueId)
        .getResultStream()
        .forEach(c -> latest.putIfAbsent(c.citizenId(), c));
    return latest;
  }
}
