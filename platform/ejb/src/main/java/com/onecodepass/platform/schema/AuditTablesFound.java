package com.onecodepass.platform.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Which of the platform's migrations a database already has without the platform's history saying
 * so: admin-web's V3 and V5 created the audit tables (now the platform's V1 and V2) until the audit
 * log moved to the platform module. The platform's history starts at that version, so its
 * migrations neither create the tables again nor touch a row of them. Read from the tables
 * themselves rather than from admin-web's history, which is another module's business.
 */
enum AuditTablesFound {
  NONE("0"),
  CHAIN("1"),
  CHAIN_AND_DISTRICT_INDEX("2");

  private final String version;

  AuditTablesFound(String version) {
    this.version = version;
  }

  /** The platform version the tables found are at ("0": none, start from the beginning). */
  String version() {
    return version;
  }

  static AuditTablesFound in(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      Optional<String> entries = table(meta, c, "audit_entry");
      if (entries.isEmpty()) {
        return NONE;
      }
      return hasIndex(meta, c, entries.get(), "ix_audit_district_id")
          ? CHAIN_AND_DISTRICT_INDEX
          : CHAIN;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read which audit tables exist", e);
    }
  }

  // Names compared without case: H2 keeps unquoted names upper case, MariaDB as written.
  private static Optional<String> table(DatabaseMetaData meta, Connection c, String name)
      throws SQLException {
    try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), null, null)) {
      while (tables.next()) {
        String found = tables.getString("TABLE_NAME");
        if (found.equalsIgnoreCase(name)) {
          return Optional.of(found);
        }
      }
      return Optional.empty();
    }
  }

  private static boolean hasIndex(DatabaseMetaData meta, Connection c, String table, String name)
      throws SQLException {
    try (ResultSet indexes = meta.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, true)) {
      while (indexes.next()) {
        if (name.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
          return true;
        }
      }
      return false;
    }
  }
}
