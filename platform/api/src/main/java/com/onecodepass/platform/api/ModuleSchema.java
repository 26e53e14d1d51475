package com.onecodepass.platform.api;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.SessionFactory;

/**
 * Each module owns its tables: its own migration folder ({@code db/migration/<module>}) and its own
 * Flyway history table, in the one shared schema. What only one database can do (check-ins
 * partitioned by day on MariaDB) lives in {@code db/vendor/<vendor>/<module>}, vendor {@code mysql}
 * (MariaDB and MySQL) or {@code h2}; a module without such a folder has none, and versions are
 * shared with the common folder (a vendor migration takes a version no common one uses, e.g. 6.1).
 * Flyway's lock makes concurrent starts of several nodes safe. Shared by the modules' startup
 * beans, hence in the EAR's lib/.
 *
 * <p>When tables change owner, both histories say so: the new owner starts its history at the
 * version the tables already have ({@link #baselineAt}), the old owner keeps its applied entries
 * and names them as handed over ({@link #handedOver}).
 */
public final class ModuleSchema {

  private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

  private final String module;
  private final DataSource dataSource;
  private final ClassLoader loader;
  // Other modules' tables make the schema non-empty; that is not a reason to stop.
  private String baselineVersion = "0";
  private String baselineDescription = "<< Flyway Baseline >>";
  private Set<String> handedOver = Set.of();

  private ModuleSchema(String module, DataSource dataSource, ClassLoader loader) {
    this.module = module;
    this.dataSource = dataSource;
    this.loader = loader;
  }

  /** The schema of {@code module}, whose migrations {@code loader} finds. */
  public static ModuleSchema of(String module, DataSource dataSource, ClassLoader loader) {
    return new ModuleSchema(module, dataSource, loader);
  }

  /**
   * Where the history starts when the module meets a database it has no history in yet, but which
   * is not empty: the version its tables already have there (0 when they do not exist yet).
   */
  public ModuleSchema baselineAt(String version, String description) {
    this.baselineVersion = version;
    this.baselineDescription = description;
    return this;
  }

  /**
   * Versions this module applied once but whose migrations another module now owns. Flyway's
   * validation would refuse them as applied but missing; its ignore patterns cannot name versions,
   * so missing ones are let through in Flyway and checked here against this list instead.
   */
  public ModuleSchema handedOver(String... versions) {
    this.handedOver = Set.of(versions);
    return this;
  }

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
  public void migrate(EntityManagerFactory mapping) {
    String folder = module.replace("-", "");
    var configuration =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/" + folder,
                "classpath:db/vendor/" + vendor(dataSource) + "/" + folder)
            .table("flyway_history_" + module.replace('-', '_'))
            .baselineOnMigrate(true)
            .baselineVersion(baselineVersion)
            .baselineDescription(baselineDescription);
    if (!handedOver.isEmpty()) {
      // "*:future" is Flyway's default (an older node may start on a newer schema); kept.
      configuration.ignoreMigrationPatterns("*:future", "*:missing");
    }
    Flyway flyway = configuration.load();
    if (!handedOver.isEmpty()) {
      requireNothingMissingButHandedOver(flyway.info());
    }
    if (!baselineVersion.equals("0") && flyway.info().applied().length == 0) {
      // Not left to baselineOnMigrate: Flyway finds an H2 schema with tables "empty" and would
      // create them again. A concurrent node's identical baseline is accepted by Flyway.
      flyway.baseline();
    }
    var result = flyway.migrate();
    LOG.info(() -> module + " schema at version " + result.targetSchemaVersion);
    if (mapping != null) {
      mapping.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
  }

  private void requireNothingMissingButHandedOver(MigrationInfoService info) {
    List<String> missing =
        Arrays.stream(info.all())
            .filter(
                m ->
                    m.getState() == MigrationState.MISSING_FAILED
                        || (m.getState() == MigrationState.MISSING_SUCCESS
                            && !handedOver.contains(m.getVersion().getVersion())))
            .map(m -> m.getVersion() + " " + m.getDescription())
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          module + " has applied migrations that are no longer there: " + missing);
    }
  }
}
