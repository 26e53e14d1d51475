package com.onecodepass.triprecord.retention.boundary;

import com.onecodepass.triprecord.platform.TripSettings;
import com.onecodepass.triprecord.retention.control.DayPartitions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the check-in partitions of today and the next {@link #DAYS_AHEAD} days created (MariaDB;
 * nothing to do on H2's plain table): at deployment and every hour, so a missed run or a node that
 * was down for days changes nothing, and a day is ready a week before its first check-in. Should
 * every run fail for a week, check-ins still land, in {@code p_future}, and are moved into their
 * day when it is created. Every node runs the timer (non-persistent); {@link DayPartitions} lets
 * one at a time work and makes the others' runs no-ops.
 */
@Singleton
@Startup
@DependsOn("TripRecordSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartitionMaintenance {

  static final int DAYS_AHEAD = 7;

  private static final Logger LOG = Logger.getLogger(PartitionMaintenance.class.getName());

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PostConstruct
  void atDeployment() {
    try {
      ensureAhead(today());
    } catch (RuntimeException e) { // the hourly run tries again; a deployment does not fail on it
      LOG.log(Level.WARNING, "Check-in partitions not created at deployment", e);
    }
  }

  @Schedule(hour = "*", minute = "11", persistent = false, info = "check-in partitions")
  void hourly() {
    ensureAhead(today());
  }

  /**
   * Creates the missing day partitions through {@code today} + {@link #DAYS_AHEAD}; returns the
   * days created (empty on H2, when all exist, or when another node is doing it).
   */
  public List<LocalDate> ensureAhead(LocalDate today) {
    AtomicReference<List<LocalDate>> created = new AtomicReference<>(List.of());
    try (Connection c = dataSource.getConnection()) {
      var partitions = DayPartitions.of(c);
      if (partitions.isPresent()) {
        DayPartitions p = partitions.get();
        p.exclusively(
            () ->
                created.set(
                    p.createThrough(
                        today.minusDays(TripSettings.retentionDays()),
                        today.plusDays(DAYS_AHEAD))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("check-in partition maintenance failed", e);
    }
    if (!created.get().isEmpty()) {
      LOG.info(() -> "Check-in partitions created for " + created.get());
    }
    return created.get();
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
