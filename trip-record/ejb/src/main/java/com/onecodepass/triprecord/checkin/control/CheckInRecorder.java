package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records a check-in exactly once. First the cheap path (the same person at the same venue within
 * five minutes, by the (citizen, time) index); then an insert that is committed before this
 * returns; if the unique idempotency key says another request won the race, its row is returned.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInRecorder {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB CheckInWriter writer;

  public record Recorded(CheckIn checkIn, boolean repeated) {}

  /** A venue scan: repeats within five minutes return the earlier check-in. */
  public Recorded scan(
      long citizenId, long venueId, Instant at, String source, Supplier<String[]> colourAndName) {
    Optional<CheckIn> recent = recent(citizenId, venueId, at);
    if (recent.isPresent()) {
      return new Recorded(recent.get(), true);
    }
    String[] who = colourAndName.get();
    return insertOnce(
        new CheckIn(
            IdempotencyKeys.scan(citizenId, venueId, at),
            citizenId,
            venueId,
            at,
            who[0],
            who[1],
            source));
  }

  public Recorded insertOnce(CheckIn checkIn) {
    try {
      return new Recorded(writer.insert(checkIn), false);
    } catch (EJBException | jakarta.persistence.PersistenceException e) {
      // The unique key: another request (a retry, a double tap on another node) wrote it first.
      return writer
          .byKey(checkIn.idempotencyKey())
          .map(existing -> new Recorded(existing, true))
          .orElseThrow(() -> e);
    }
  }

  Optional<CheckIn> recent(long citizenId, long venueId, Instant at) {
    return em.createQuery(
            "select c from CheckIn c where c.citizenId = :c and c.checkedInAt > :from"
                + " and c.checkedInAt <= :at and c.venueId = :v order by c.checkedInAt desc",
            CheckIn.class)
        .setParameter("c", citizenId)
        .setParameter("from", at.minus(IdempotencyKeys.RESCAN_WINDOW))
        .setParameter("at", at)
        .setParameter("v", venueId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
