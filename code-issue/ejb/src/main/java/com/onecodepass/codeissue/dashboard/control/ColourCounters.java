package com.onecodepass.codeissue.dashboard.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reconciliation of the people-by-colour counters (kept by the triggers of migration V15)
 * against a recount. Both sides are read by one statement, hence from one read view: a colour
 * change committed while it runs is in both or in neither, so any difference found is real drift.
 */
public final class ColourCounters {

  private static final Logger LOG = Logger.getLogger(ColourCounters.class.getName());

  /** A (district, colour) whose counter differs from the recount. */
  public record Drift(String districtCode, String colour, long counted, long recounted) {}

  private ColourCounters() {}

  /** True where the database keeps the counters itself (MariaDB/MySQL triggers; not H2). */
  public static boolean keptByTriggers(Connection c) throws SQLException {
    return !c.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
  }

  /** Recounts, compares, replaces {@code colour_count_drift} with the differences and logs them. */
  public static List<Drift> reconcile(Connection c) throws SQLException {
    List<Drift> drift = new ArrayList<>();
    long started = System.nanoTime();
    try (PreparedStatement compare =
            c.prepareStatement(
                "SELECT district_code, colour, SUM(counted), SUM(recounted) FROM ("
                    + " SELECT district_code, colour, people AS counted, 0 AS recounted"
                    + " FROM colour_counter"
                    + " UNION ALL SELECT district_code, colour, 0, COUNT(*) FROM citizen"
                    + " GROUP BY district_code, colour) both_sides"
                    + " GROUP BY district_code, colour"
                    + " HAVING SUM(counted) <> SUM(recounted)");
        ResultSet rs = compare.executeQuery()) {
      while (rs.next()) {
        drift.add(new Drift(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
      }
    }
    try (PreparedStatement clear = c.prepareStatement("DELETE FROM colour_count_drift");
        PreparedStatement add =
            c.prepareStatement(
                "INSERT INTO colour_count_drift (district_code, colour, counted, recounted)"
                    + " VALUES (?, ?, ?, ?)")) {
      clear.executeUpdate();
      for (Drift d : drift) {
        add.setString(1, d.districtCode());
        add.setString(2, d.colour());
        add.setLong(3, d.counted());
        add.setLong(4, d.recounted());
        add.addBatch();
      }
      if (!drift.isEmpty()) {
        add.executeBatch();
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (drift.isEmpty()) {
      LOG.info(() -> "colour counters match a recount (" + ms + " ms)");
    } else {
      LOG.warning(() -> "colour counters DRIFT from a recount (not corrected): " + drift);
    }
    return drift;
  }
}
