package com.onecodepass.triprecord.retention.boundary;

import com.onecodepass.triprecord.api.TripRetention;
import com.onecodepass.triprecord.platform.TripSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Trips are kept {@code ocp.trips.retention.days} (default 28) and then deleted, every night at
 * 03:17 server time and on demand. Deletes run in batches, each its own short transaction, so the
 * job never holds long locks over the check-in table while citizens are scanning. Every node runs
 * the timer (non-persistent); two nodes deleting the same batch is harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService implements TripRetention {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @EJB RetentionBatch batch;

  @Schedule(hour = "3", minute = "17", persistent = false, info = "trip retention")
  void nightly() {
    long deleted = purgeExpired();
    LOG.info(
        () ->
            "Trip retention: deleted "
                + deleted
                + " check-ins older than "
                + retentionDays()
                + " days");
  }

  @Override
  public long purgeExpired() {
    return purgeBefore(
        Instant.now().minus(Duration.ofDays(retentionDays())), TripSettings.retentionBatch());
  }

  @Override
  public long purgeBefore(Instant cutoff, int batchSize) {
    int size = Math.max(1, batchSize);
    long total = 0;
    int deleted;
    do {
      deleted = batch.deleteBefore(cutoff, size);
      total += deleted;
    } while (deleted == size);
    return total;
  }

  @Override
  public int retentionDays() {
    return TripSettings.retentionDays();
  }
}
