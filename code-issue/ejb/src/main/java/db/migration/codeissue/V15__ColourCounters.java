package db.migration.codeissue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * People by colour kept as counters instead of recounted (issue 16, item 4). On MariaDB/MySQL,
 * triggers on {@code citizen} add +1/-1 to {@code colour_counter} in the very statement that
 * inserts, recolours, moves (a claimed family row changes district) or deletes a citizen, so no
 * code path can forget them and the counts commit or roll back with the change. Each connection
 * writes its own stripe ({@code CONNECTION_ID() mod 64}): concurrent imports, risk-area batches and
 * recolouring never queue on one hot (district, colour) row; readers sum the stripes (at most 13 x
 * 3 x 64 rows). H2 (the demo) gets the table only: its triggers are Java classes, so there the
 * roll-up recounts into the table as before.
 *
 * <p>A Java migration because the triggers are vendor-specific and each module has one location.
 * Triggers are created before the first fill: a change committed in between is counted twice, which
 * the reconciliation reports (no node should be serving during a schema upgrade).
 */
public class V15__ColourCounters extends BaseJavaMigration {

  static final int STRIPES = 64;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    boolean triggers = !c.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE colour_counter (district_code VARCHAR(6) NOT NULL,"
              + " colour VARCHAR(6) NOT NULL, stripe SMALLINT NOT NULL, people BIGINT NOT NULL,"
              + " PRIMARY KEY (district_code, colour, stripe))");
      // The reconciliation's findings: counters vs. a recount, rows that differ only.
      s.execute(
          "CREATE TABLE colour_count_drift (district_code VARCHAR(6) NOT NULL,"
              + " colour VARCHAR(6) NOT NULL, counted BIGINT NOT NULL, recounted BIGINT NOT NULL,"
              + " PRIMARY KEY (district_code, colour))");
      s.execute("DROP TABLE dash_colour_count");
      if (triggers) {
        String stripe = "MOD(CONNECTION_ID(), " + STRIPES + ")";
        s.execute(
            "CREATE TRIGGER citizen_counted_insert AFTER INSERT ON citizen FOR EACH ROW"
                + " INSERT INTO colour_counter (district_code, colour, stripe, people)"
                + " VALUES (NEW.district_code, NEW.colour, "
                + stripe
                + ", 1) ON DUPLICATE KEY UPDATE people = people + 1");
        s.execute(
            "CREATE TRIGGER citizen_counted_delete AFTER DELETE ON citizen FOR EACH ROW"
                + " INSERT INTO colour_counter (district_code, colour, stripe, people)"
                + " VALUES (OLD.district_code, OLD.colour, "
                + stripe
                + ", -1) ON DUPLICATE KEY UPDATE people = people - 1");
        s.execute(
            "CREATE TRIGGER citizen_counted_update AFTER UPDATE ON citizen FOR EACH ROW"
                + " INSERT INTO colour_counter (district_code, colour, stripe, people)"
                + " SELECT d, c, "
                + stripe
                + ", n FROM (SELECT OLD.district_code AS d, OLD.colour AS c, -1 AS n"
                + " UNION ALL SELECT NEW.district_code, NEW.colour, 1) moved"
                + " WHERE OLD.colour <> NEW.colour OR OLD.district_code <> NEW.district_code"
                + " ON DUPLICATE KEY UPDATE people = people + VALUES(people)");
      }
      s.execute(
          "INSERT INTO colour_counter (district_code, colour, stripe, people)"
              + " SELECT district_code, colour, 0, COUNT(*) FROM citizen"
              + " GROUP BY district_code, colour"
              + (triggers ? " ON DUPLICATE KEY UPDATE people = people + VALUES(people)" : ""));
    }
  }
}
