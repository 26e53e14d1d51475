package com.onecodepass.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The deployed server the hostile properties attack, set up once by {@link HostileInputIT}: its
 * origin, an integrator client with every scope, and one signed-in citizen whose rows the
 * properties count before and after each refused request.
 */
final class HostileTarget {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A registered, signed-in citizen: their browser, row id and resident ID. */
  record Citizen(StaffSession browser, long id, String residentId) {}

  final String root;
  final String clientId;
  final String basicAuth;
  final String residentId;
  final long citizenId;
  final StaffSession citizen;

  /** The scanned URL of an approved demo venue's poster. */
  final String venueUrl;

  private static volatile HostileTarget current;
  private Connection database;

  private HostileTarget(
      String root, String clientId, String secret, Citizen citizen, String venueUrl) {
    this.root = root;
    this.venueUrl = venueUrl;
    this.clientId = clientId;
    this.basicAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    this.residentId = citizen.residentId();
    this.citizenId = citizen.id();
    this.citizen = citizen.browser();
  }

  static HostileTarget current() {
    if (current == null) {
      throw new IllegalStateException("HostileInputIT prepares the target");
    }
    return current;
  }

  /**
   * Once per server: registers a citizen through the form, signs them in, and adds an integrator
   * client.
   */
  static synchronized void prepareOnce(String root) throws Exception {
    root = root.replaceAll("/+$", "");
    if (current != null && current.root.equals(root)) {
      return;
    }
    Citizen citizen = register(root);
    String clientId = "it-hostile-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = UUID.randomUUID().toString();
    try (Connection c = StaffSession.database()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO api_client (client_id, secret_hash, display_name, scopes, enabled,"
                  + " created_at, requests_per_second) VALUES (?, ?, ?, ?, TRUE, ?, 1000)")) {
        insert.setString(1, clientId);
        insert.setString(2, BCrypt.hashpw(secret, BCrypt.gensalt(4)));
        insert.setString(3, "hostile input suite");
        insert.setString(4, "results:write vaccinations:write trips:write code:read areas:read");
        insert.setTimestamp(5, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      current = new HostileTarget(root, clientId, secret, citizen, venueUrl(root, citizen));
    }
  }

  /** The poster URL of the first demo venue where a citizen may check in (the admin sees all). */
  private static String venueUrl(String root, Citizen citizen) throws Exception {
    StaffSession admin = StaffSession.signedIn(root, "admin", "Admin#2026");
    java.util.regex.Pattern url = java.util.regex.Pattern.compile("id=\"venue-url\">([^<]+)<");
    for (int id = 1; id <= 30; id++) {
      java.util.regex.Matcher poster = url.matcher(admin.page("/staff/venue.xhtml?id=" + id));
      if (poster.find()) {
        String scanned = poster.group(1).replace("&amp;", "&");
        if (citizen.browser().page(URI.create(scanned).getRawPath()).contains("id=\"checkin\"")) {
          return scanned;
        }
      }
    }
    throw new IllegalStateException("no demo venue accepts check-ins");
  }

  /** A new citizen, registered and signed in through the forms. */
  static Citizen register(String root) throws Exception {
    String residentId = TestPeople.residentId();
    CitizenHttp phone =
        new CitizenHttp(root).registerAndSignIn("王芳", residentId, TestPeople.mobile());
    try (Connection c = StaffSession.database()) {
      // The newest citizen is the one just registered: nothing else registers meanwhile.
      return new Citizen(
          new StaffSession(root, (CookieManager) phone.client.cookieHandler().orElseThrow()),
          count(c, "SELECT MAX(id) FROM citizen"),
          residentId);
    }
  }

  /** Rows of {@code table} that belong to the suite's citizen (none for no table). */
  long citizenRows(String table) {
    return table == null
        ? 0
        : rows("SELECT COUNT(*) FROM " + table + " WHERE citizen_id = ?", citizenId);
  }

  /** Batch receipts the suite's integrator client has left. */
  long batches() {
    return rows("SELECT COUNT(*) FROM api_batch WHERE client_id = ?", clientId);
  }

  /** One number from the test database, e.g. a row count of this citizen's rows. */
  synchronized long rows(String sql, Object... args) {
    try {
      if (database == null || !database.isValid(1)) {
        database = StaffSession.database();
      }
      return count(database, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        select.setObject(i + 1, args[i]);
      }
      try (ResultSet r = select.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    return send(HTTP, request);
  }

  /** Sends, waiting out one 429 (the suite is not testing the rate limits). */
  static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
        Thread.sleep(1000L * Math.min(seconds, 3));
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      }
      return response;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(root + path);
  }
}
