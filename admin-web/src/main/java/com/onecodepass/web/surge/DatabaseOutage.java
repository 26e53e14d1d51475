package com.onecodepass.web.surge;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Recognises "the database cannot be reached" in an exception's causes. */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      String name = t.getClass().getName();
      // Hibernate's and IronJacamar's wrappers when no connection could be had.
      if (name.endsWith(".JDBCConnectionException") || name.endsWith(".ResourceException")) {
        return true;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Unable to acquire JDBC Connection")
          || message.contains("Could not open JPA EntityManager")
          || message.contains("IJ000453")
          || message.contains("IJ031084")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
