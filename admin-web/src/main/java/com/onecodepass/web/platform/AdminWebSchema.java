package com.onecodepass.web.platform;

import com.onecodepass.shared.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** Migrates the tables admin-web owns (staff accounts, integrator clients). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminWebSchema {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    ModuleSchema.migrate("admin-web", dataSource, getClass().getClassLoader(), null);
  }
}
