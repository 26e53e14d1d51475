package com.onecodepass.triprecord.platform;

import com.onecodepass.platform.api.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;

/** Brings the trip-record tables up to date at deployment and validates the mapping. */
@Singleton
@Startup
// One migration at a time: H2 (the demo database) times out on concurrent DDL.
@DependsOn("code-issue-ejb.jar#CodeIssueSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class TripRecordSchema {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "trip-record")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrate() {
    ModuleSchema.of("trip-record", dataSource, getClass().getClassLoader())
        .migrate(entityManagerFactory);
  }
}
