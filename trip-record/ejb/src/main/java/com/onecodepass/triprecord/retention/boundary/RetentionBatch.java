package com.onecodepass.triprecord.retention.boundary;

import com.onecodepass.triprecord.retention.control.ExpiredCheckIns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * One batch of the retention delete, in its own transaction: each batch commits on its own, so a
 * long backlog never becomes one huge transaction.
 */
@Stateless
public class RetentionBatch {

  @Inject ExpiredCheckIns expired;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteBefore(Instant cutoff, int limit) {
    return expired.deleteBefore(cutoff, limit);
  }
}
