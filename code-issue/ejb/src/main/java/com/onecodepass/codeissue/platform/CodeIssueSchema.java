package com.onecodepass.codeissue.platform;

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

/** Brings the code-issue tables up to date at deployment and validates the mapping. */
@Singleton
@Startup
// One migration at a time (H2 times out on concurrent DDL), the platform's first: below everything.
@DependsOn("platform-ejb.jar#PlatformSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class CodeIssueSchema {

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "code-issue")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrate() {
    ModuleSchema.of("code-issue", dataSource, getClass().getClassLoader())
        .migrate(entityManagerFactory);
  }
}
