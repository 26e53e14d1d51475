package com.onecodepass.triprecord.retention.boundary;

import com.onecodepass.triprecord.api.retention.TripRetention;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.platform.TripSettings;
import com.onecodepass.triprecord.retention.control.DayPartitions;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Trips are kept {@code ocp.trips.retention.days} (default 28) and then deleted, every night at
 * 03:17 server time and on demand.
 *
 * <p>On MariaDB the check-ins are partitioned by UTC day ({@link DayPartitions}): retention drops
 * the partitions of the days wholly before the cutoff, which takes well under a second for a day of
 * ~8 M rows instead of ~93 batched deletes a second all day long fighting the check-ins for the
 * same table and log (docs/PERFORMANCE.md, "City scale"). A trip is therefore kept until its whole
 * UTC day has passed the cutoff: up to a day longer than the period, never shorter.
 *
 * <p>On H2 (the demo) the table is plain and deletes run in batches, each its own short
 * transaction, so the job never holds long locks while citizens are scanning. Every node runs the
 * timer (non-persistent); two nodes deleting the same batch, or dropping the same day, is harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService implements TripRetention {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @EJB RetentionBatch batch;

  @EJB PartitionMaintenance partitions;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

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
    OptionalLong dropped = dropDaysBefore(CheckIn.dayOf(cutoff));
    if (dropped.isPresent()) {
      return dropped.getAsLong();
    }
    int size = Math.max(1, batchSize);
    long total = 0;
    int deleted;
    do {
      deleted = batch.deleteBefore(cutoff, size);
      total += deleted;
    } while (deleted == size);
    return total;
  }

  /** Drops the day partitions before {@code firstKept}; empty when the table is not partitioned. */
  private OptionalLong dropDaysBefore(LocalDate firstKept) {
    try (Connection c = dataSource.getConnection()) {
      var partitions = DayPartitions.of(c);
      if (partitions.isEmpty()) {
        return OptionalLong.empty();
      }
      long[] rows = {0};
      boolean ran =
          partitions
              .get()
              .exclusively(() -> rows[0] = partitions.get().dropBefore(firstKept).estimatedRows());
      if (!ran) {
        LOG.info("Trip retention: another node holds the partition lock; nothing dropped here");
      }
      return OptionalLong.of(rows[0]);
    } catch (SQLException e) {
      throw new IllegalStateException("dropping check-in partitions failed", e);
    }
  }

  @Override
  public List<LocalDate> keepPartitionsAhead() {
    return partitions.ensureAhead(PartitionMaintenance.today());
  }

  @Override
  public int retentionDays() {
    return TripSettings.retentionDays();
  }
}
