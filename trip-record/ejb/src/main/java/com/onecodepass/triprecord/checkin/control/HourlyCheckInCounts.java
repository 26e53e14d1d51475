package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Counts new check-in rows into {@code check_in_hourly} in the caller's transaction, so the
 * dashboard's hourly figures commit with the rows and are never recounted. Every path that stores a
 * check-in calls this with the rows it stored — the commit queue's writer for scans, device uploads
 * and transit rides, and the demo seeders — otherwise the reconciliation reports the rows it missed
 * as drift.
 */
public final class HourlyCheckInCounts {

  private static final String UPSERT =
      "INSERT INTO check_in_hourly (district_code, epoch_hour, check_ins)"
          + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE check_ins = check_ins + ?";

  private HourlyCheckInCounts() {}

  /**
   * One upsert per (district, hour) of {@code rows}, in key order so that two transactions lock the
   * counter rows in the same order (no deadlock between them); a row stays locked only until the
   * caller commits. The venues' districts come from the second-level cache.
   */
  public static void add(EntityManager em, Collection<CheckIn> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Map<Long, String> districts = new HashMap<>();
    TreeMap<String, Long> perDistrictHour = new TreeMap<>();
    for (CheckIn row : rows) {
      String district =
          districts.computeIfAbsent(
              row.venueId(),
              id -> {
                Venue venue = em.find(Venue.class, id);
                return venue == null ? null : venue.districtCode();
              });
      if (district != null) {
        perDistrictHour.merge(
            district + "|" + HourWindows.epochHour(row.checkedInAt()), 1L, Long::sum);
      }
    }
    if (perDistrictHour.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (var e : perDistrictHour.entrySet()) {
                  int bar = e.getKey().indexOf('|');
                  long count = e.getValue();
                  upsert.setString(1, e.getKey().substring(0, bar));
                  upsert.setLong(2, Long.parseLong(e.getKey().substring(bar + 1)));
                  upsert.setLong(3, count);
                  upsert.setLong(4, count);
                  upsert.addBatch();
                }
                upsert.executeBatch();
              }
            });
  }
}
