package com.onecodepass.triprecord.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings this module's tables up to date at deployment, then checks the JPA mapping against
 * them. Flyway's lock table makes concurrent starts of several nodes safe.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class TripRecordSchema {

  private static final Logger LOG = Logger.getLogger(TripRecordSchema.class.getName());

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "trip-record")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrateAndValidate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/triprecord")
            .table("flyway_history_trip_record")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(() -> "trip-record schema at version " + result.targetSchemaVersion);
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
