package com.onecodepass.platform.schema;

import com.onecodepass.platform.api.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Migrates the platform's tables (the audit log's) before any other module's: the modules' schema
 * beans depend on this one, and so does everything that writes an audit entry at startup.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformSchema {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    migrate(dataSource);
  }

  /** What a node's start does, for tests and tools without a container. */
  public static void migrate(DataSource dataSource) {
    ModuleSchema.of("platform", dataSource, PlatformSchema.class.getClassLoader())
        .baselineAt(
            AuditTablesFound.in(dataSource).version(), "audit tables made by admin-web V3 and V5")
        .migrate(null);
  }
}
