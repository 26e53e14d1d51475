package com.onecodepass.platform.api;

import jakarta.persistence.EntityManagerFactory;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Each module owns its tables: its own migration folder ({@code db/migration/<module>}) and its own
 * Flyway history table, in the one shared schema. What only one database can do (check-ins
 * partitioned by day on MariaDB) lives in {@code db/vendor/<vendor>/<module>}, vendor {@code mysql}
 * (MariaDB and MySQL) or {@code h2}; a module without such a folder has none, and versions are
 * shared with the common folder (a vendor migration takes a version no common one uses, e.g. 6.1).
 * Flyway's lock makes concurrent starts of several nodes safe. Shared by the modules' startup
 * beans, hence in the EAR's lib/.
 */
public final class ModuleSchema {

  private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

  private ModuleSchema() {}

  /**
   * {@code mysql} or {@code h2}. MariaDB through Connector/J reports itself as MySQL, and its SQL
   * for what the vendor folders do (partitions) is MySQL's.
   */
  static String vendor(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("h2") ? "h2" : "mysql";
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }

  /**
   * Migrates the module's tables, then (when given a persistence unit) checks the JPA mapping
   * against them, so a mismatch fails the deployment instead of a citizen's request.
   */
  public static void migrate(
      String module, DataSource dataSource, ClassLoader loader, EntityManagerFactory mapping) {
    String folder = module.replace("-", "");
    String vendor = vendor(dataSource);
    var result =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/" + folder, "classpath:db/vendor/" + vendor + "/" + folder)
            .table("flyway_history_" + module.replace('-', '_'))
            // Other modules' tables make the schema non-empty; that is not a reason to stop.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(() -> module + " schema at version " + result.targetSchemaVersion);
    if (mapping != null) {
      mapping.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
  }
}
