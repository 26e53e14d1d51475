import org.flywaydb.core.Flyway;

/**
 * Migrates a database exactly as a node's start would (ModuleSchema: each module's folder, its
 * vendor folder for MariaDB/MySQL, its own history table), from the source tree, so that a node
 * started on it later finds its schema current and loads nothing. For a new database only (city.sh
 * creates it): one from before the audit tables moved to the platform is brought over by a node's
 * start (PlatformSchema).
 *
 * <p>java -cp flyway-core:flyway-mysql:connector-j bench/CitySchema.java JDBC_URL USER PASSWORD
 */
public class CitySchema {
  public static void main(String[] args) {
    String[][] modules = {
      {"platform", "platform/ejb"},
      {"code-issue", "code-issue/ejb"},
      {"trip-record", "trip-record/ejb"},
      {"admin-web", "admin-web"}
    };
    for (String[] m : modules) {
      String folder = m[0].replace("-", "");
      // code-issue has a Java migration (V15, the colour counters' triggers): read its module from
      // the jar on the class path, which holds its SQL files too; the others from the source tree.
      String resources =
          m[0].equals("code-issue") ? "classpath:db/" : "filesystem:" + m[1] + "/src/main/resources/db/";
      var result =
          Flyway.configure()
              .dataSource(args[0], args[1], args[2])
              .locations(resources + "migration/" + folder, resources + "vendor/mysql/" + folder)
              .table("flyway_history_" + m[0].replace('-', '_'))
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      System.out.println(m[0] + " schema at version " + result.targetSchemaVersion);
    }
  }
}
