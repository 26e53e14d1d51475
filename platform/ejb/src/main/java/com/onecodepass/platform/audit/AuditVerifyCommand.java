package com.onecodepass.platform.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@code ops/audit-verify.sh}: checks the audit chain straight in the database, without the server,
 * e.g. from a backup or after suspicion of direct edits. Exit code 0 intact, 1 broken, 2 usage or
 * connection error.
 *
 * <p>Arguments: {@code <jdbc-url> [user] [password]}; the password may instead come from the
 * environment ({@code OCP_DB_PASSWORD}) so it does not show in the process list.
 */
public final class AuditVerifyCommand {

  // The server's MariaDB data source reads DATETIME as UTC; the command must read it the same way
  // or every hash (which covers the time) would differ.
  private static final String MYSQL_PARAMETERS =
      "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false"
          + "&allowPublicKeyRetrieval=true";

  private AuditVerifyCommand() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3 || args[0].startsWith("-")) {
      System.err.println("usage: audit-verify <jdbc-url> [user] [password]");
      System.exit(2);
    }
    String url = withTimeZone(args[0]);
    String user = args.length > 1 ? args[1] : "ocp";
    String password =
        args.length > 2 ? args[2] : System.getenv().getOrDefault("OCP_DB_PASSWORD", "ocp");
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setReadOnly(true);
      AuditChainWalk.Result result = AuditChainWalk.walk(c);
      if (result.intact()) {
        System.out.println("audit chain intact, " + result.checked() + " entries");
        System.exit(0);
      }
      System.out.println(
          "audit chain BROKEN: first broken entry #"
              + result.firstBrokenId().orElseThrow()
              + " ("
              + result.checked()
              + " entries checked)");
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("cannot read the audit log: " + e.getMessage());
      System.exit(2);
    }
  }

  static String withTimeZone(String url) {
    if (!url.startsWith("jdbc:mysql:") || url.contains("connectionTimeZone")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + MYSQL_PARAMETERS;
  }
}
