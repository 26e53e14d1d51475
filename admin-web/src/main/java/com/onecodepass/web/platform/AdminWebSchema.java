package com.onecodepass.web.platform;

import com.onecodepass.platform.api.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Migrates the tables admin-web owns (staff accounts, integrator clients). After the modules'
 * migrations: on the embedded H2, DDL on an existing table (ALTER) waits for the schema lock that
 * concurrent migrations hold and would time out.
 *
 * <p>V3 and V5 created the audit tables, which the platform module owns now (its V1 and V2). A
 * database from before keeps them in this history as applied; they are named as handed over rather
 * than kept as placeholder files, because a placeholder's different checksum fails validation just
 * as a missing file does. Versions 3 and 5 are therefore taken: a new migration here is V6 or
 * later.
 */
@Singleton
@Startup
@DependsOn({"code-issue-ejb.jar#CodeIssueSchema", "trip-record-ejb.jar#TripRecordSchema"})
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminWebSchema {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    migrate(dataSource);
  }

  /** What a node's start does, for tests and tools without a container. */
  public static void migrate(DataSource dataSource) {
    ModuleSchema.of("admin-web", dataSource, AdminWebSchema.class.getClassLoader())
        .handedOver("3", "5")
        .migrate(null);
  }
}
