package com.onecodepass.shared;

import jakarta.persistence.EntityManagerFactory;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Each module owns its tables: its own migration folder ({@code db/migration/<module>}) and its own
 * Flyway history table, in the one shared schema. Flyway's lock makes concurrent starts of several
 * nodes safe. Shared by the modules' startup beans, hence in the EAR's lib/.
 */
public final class ModuleSchema {

  private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

  private ModuleSchema() {}

  /**
   * Migrates the module's tables, then (when given a persistence unit) checks the JPA mapping
   * against them, so a mismatch fails the deployment instead of a citizen's request.
   */
  public static void migrate(
      String module, DataSource dataSource, ClassLoader loader, EntityManagerFactory mapping) {
    var result =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + module.replace("-", ""))
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
