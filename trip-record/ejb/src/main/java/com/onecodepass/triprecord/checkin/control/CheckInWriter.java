package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Writes one check-in in its own transaction, so it is committed when {@link #insert} returns: the
 * caller may say "checked in" only after that. A duplicate key fails only this transaction; the
 * caller then reads the row that won.
 */
@Stateless
public class CheckInWriter {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CheckIn insert(CheckIn checkIn) {
    em.persist(checkIn);
    em.flush();
    return checkIn;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<CheckIn> byKey(String idempotencyKey) {
    return em.createQuery("select c from CheckIn c where c.idempotencyKey = :k", CheckIn.class)
        .setParameter("k", idempotencyKey)
        .getResultStream()
        .findFirst();
  }
}
