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
    ModuleSchema.migrate("admin-web", dataSource, getClass().getClassLoader(), null);
  }
}
