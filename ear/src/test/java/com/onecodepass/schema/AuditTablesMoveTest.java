package com.onecodepass.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.platform.schema.PlatformSchema;
import com.onecodepass.web.platform.AdminWebSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The audit tables were created by admin-web's V3 and V5 and are the platform's V1 and V2 now. A
 * database created after the move and one created before it, holding audit entries, must end up
 * with the same audit tables, the old one with its entries untouched, and both histories must pass
 * Flyway's validation on this start and every later one. The database before the move is made by
 * admin-web's migrations with V3 and V5 exactly as they were (copies in test resources
 * db/admin-web-before-platform, never to be edited), so its history carries the checksums real
 * databases carry. H2 in the mode the demo node runs it in.
 */
class AuditTablesMoveTest {

  @Test
  void aNewDatabaseGetsTheAuditTablesFromThePlatform() throws SQLException {
    DataSource db = database();

    startANode(db);

    assertThat(versions(db, "flyway_history_platform")).containsExactly("1", "2");
    assertThat(versions(db, "flyway_history_admin_web")).containsExactly("0", "1", "2", "4");
    assertThat(rows(db, "SELECT id, last_hash FROM audit_head")).hasSize(1);
  }

  @Test
  void aDatabaseFromBeforeTheMoveKeepsItsEntriesAndEndsUpWithTheSameTables() throws SQLException {
    DataSource before = database();
    migrateAsBeforeTheMove(before, "5");
    writeEntries(before);
    List<String> entries = rows(before, "SELECT * FROM audit_entry ORDER BY id");
    List<String> head = rows(before, "SELECT * FROM audit_head");

    startANode(before);
    startANode(before);

    DataSource fresh = database();
    startANode(fresh);
    assertThat(auditTables(before)).isEqualTo(auditTables(fresh));
    assertThat(rows(before, "SELECT * FROM audit_entry ORDER BY id")).hasSize(2).isEqualTo(entries);
    assertThat(rows(before, "SELECT * FROM audit_head")).isEqualTo(head);
    assertThat(versions(before, "flyway_history_platform")).containsExactly("2");
    assertThat(versions(before, "flyway_history_admin_web"))
        .containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void aDatabaseFromBeforeTheDistrictIndexGetsItFromThePlatform() throws SQLException {
    DataSource before = database();
    migrateAsBeforeTheMove(before, "4");
    writeEntries(before);

    startANode(before);

    DataSource fresh = database();
    startANode(fresh);
    assertThat(auditTables(before)).isEqualTo(auditTables(fresh));
    assertThat(versions(before, "flyway_history_platform")).containsExactly("1", "2");
  }

  @Test
  void anotherMissingAdminWebMigrationStillFailsTheStart() throws SQLException {
    DataSource before = database();
    migrateAsBeforeTheMove(before, "5");
    execute(
        before,
        "INSERT INTO \"flyway_history_admin_web\" (\"installed_rank\", \"version\","
            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
            + " \"execution_time\", \"success\")"
            + " VALUES (99, '1.5', 'deleted by mistake', 'SQL', 'V1_5__deleted_by_mistake.sql',"
            + " 1, 'sa', 0, TRUE)");

    PlatformSchema.migrate(before);
    assertThatThrownBy(() -> AdminWebSchema.migrate(before))
        .hasMessageContaining("1.5 deleted by mistake");
  }

  /** The schema steps that touch the audit tables, in the order of their @DependsOn. */
  private static void startANode(DataSource db) {
    PlatformSchema.migrate(db);
    AdminWebSchema.migrate(db);
  }

  private static void migrateAsBeforeTheMove(DataSource db, String upTo) {
    Flyway.configure()
        .dataSource(db)
        .locations(
            "classpath:db/migration/adminweb", "classpath:db/admin-web-before-platform/adminweb")
        .table("flyway_history_admin_web")
        .target(upTo)
        .load()
        .migrate();
  }

  private static void writeEntries(DataSource db) throws SQLException {
    execute(
        db,
        "INSERT INTO audit_entry (at, actor, role, district_code, action, target, prev_hash, hash)"
            + " VALUES ('2026-03-01 08:00:00', 'yanta', 'DISTRICT', '610113', 'case.open', 'c-1',"
            + " '0', 'a1'), ('2026-03-01 08:05:00', 'admin', 'CITY', NULL, 'audit.verify', NULL,"
            + " 'a1', 'b2')");
    execute(db, "UPDATE audit_head SET last_hash = 'b2' WHERE id = 1");
  }

  /** Columns and indexes of the audit tables, in a form two databases can be compared by. */
  private static List<String> auditTables(DataSource db) throws SQLException {
    List<String> shape = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : List.of("AUDIT_ENTRY", "AUDIT_HEAD")) {
        try (ResultSet columns = meta.getColumns(null, "PUBLIC", table, null)) {
          while (columns.next()) {
            shape.add(
                table
                    + " column "
                    + columns.getString("COLUMN_NAME")
                    + " "
                    + columns.getString("TYPE_NAME")
                    + "("
                    + columns.getInt("COLUMN_SIZE")
                    + ") nullable="
                    + columns.getString("IS_NULLABLE")
                    + " auto="
                    + columns.getString("IS_AUTOINCREMENT"));
          }
        }
        try (ResultSet indexes = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
          while (indexes.next()) {
            String name = indexes.getString("INDEX_NAME");
            // Generated names of primary keys differ between databases; the column does not.
            shape.add(
                table
                    + " index "
                    + (name.startsWith("PRIMARY_KEY") ? "PRIMARY_KEY" : name)
                    + " "
                    + indexes.getString("COLUMN_NAME")
                    + " "
                    + indexes.getShort("ORDINAL_POSITION")
                    + " unique="
                    + !indexes.getBoolean("NON_UNIQUE"));
          }
        }
      }
    }
    assertThat(shape).anyMatch(s -> s.contains("IX_AUDIT_DISTRICT_ID DISTRICT_CODE"));
    return shape.stream().sorted().toList();
  }

  private static List<String> versions(DataSource db, String history) throws SQLException {
    return rows(
            db,
            "SELECT \"version\" FROM \""
                + history
                + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
        .stream()
        .map(row -> row.substring(1, row.length() - 1))
        .toList();
  }

  private static List<String> rows(DataSource db, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      int width = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          values.add(r.getString(i));
        }
        rows.add(values.toString());
      }
    }
    return rows;
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static DataSource database() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=MySQL;NON_KEYWORDS=VALUE;LOCK_TIMEOUT=30000;DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    return db;
  }
}
