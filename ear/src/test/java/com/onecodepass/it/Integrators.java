package com.onecodepass.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Integrator clients and plain HTTP for the integrator API tests, which run inside the server (so
 * they can register people and sign codes) and call the API over loopback like any integrator.
 */
final class Integrators {

  private static final SecureRandom RANDOM = new SecureRandom();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private Integrators() {}

  /** The EAR with the in-container test WAR, plus AssertJ, which these tests assert with. */
  static EnterpriseArchive earWithTests() {
    EnterpriseArchive ear = Deployments.earWithTests();
    ear.getAsType(WebArchive.class, "ocp-it.war").addPackages(true, "org.assertj.core");
    return ear;
  }

  record Client(String id, String secret) {
    String basic() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A fresh enabled client with these scopes (bcrypt cost 4: tests need no slow hash). */
  static Client client(DataSource dataSource, String scopes, int perSecond) throws SQLException {
    String id = "it-" + Long.toHexString(RANDOM.nextLong()).substring(0, 8);
    String secret = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO api_client (client_id, secret_hash, display_name, scopes, enabled,"
                    + " created_at, requests_per_second) VALUES (?, ?, ?, ?, TRUE, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, BCrypt.hashpw(secret, BCrypt.gensalt(4)));
      insert.setString(3, "integration test");
      insert.setString(4, scopes);
      insert.setTimestamp(5, Timestamp.from(Instant.now()));
      insert.setInt(6, perSecond);
      insert.executeUpdate();
    }
    return new Client(id, secret);
  }

  static Client allScopes(DataSource dataSource) throws SQLException {
    return client(
        dataSource, "results:write vaccinations:write trips:write code:read areas:read", 1000);
  }

  /** The server's HTTP origin, seen from inside it. */
  static String base() {
    return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
  }

  static HttpResponse<String> post(String path, Client client, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (client != null) {
      request.header("Authorization", client.basic());
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, Client client, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (client != null) {
      request.header("Authorization", client.basic());
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String key() {
    return "it-" + UUID.randomUUID();
  }

  /**
   * Sends headers that announce a huge body and none of it: the server must refuse from the
   * Content-Length alone. Returns the status line.
   */
  static String announceHugeBody(String path, String contentType) throws IOException {
    String head = announceBody(path, contentType, 9_000_000);
    return head.lines().findFirst().orElse("").trim();
  }

  /** As above, with the given Content-Length. Returns the status line and headers. */
  static String announceBody(String path, String contentType, long length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", URI.create(base()).getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  + contentType
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      int b;
      while (!head.toString().endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
        head.append((char) b);
      }
      return head.toString();
    }
  }

  /** A loopback address of its own (127.x.y.z), so that per-address limits see a new caller. */
  static String ownLoopbackAddress() {
    return "127."
        + (1 + RANDOM.nextInt(254))
        + "."
        + RANDOM.nextInt(256)
        + "."
        + (2 + RANDOM.nextInt(250));
  }

  /**
   * POSTs JSON over a connection made from {@code source} (java.net.http cannot choose its local
   * address before Java 19). Returns the status line and headers, then the body.
   */
  static String postFrom(String source, String path, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    URI origin = URI.create(base());
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress(origin.getHost(), origin.getPort()), 10_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Connection: close\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** An XML document whose external entity would read /etc/passwd if it were resolved. */
  static String xxe(String rootOpen, String rootClose) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + rootOpen
        + "&xxe;"
        + rootClose;
  }

  /** The "billion laughs": ten levels of ten-fold entity expansion (3 GB if expanded). */
  static String billionLaughs(String rootOpen, String rootClose) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n");
    dtd.append(" <!ENTITY lol0 \"lollollollollollollollollollol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    return dtd.append("]>\n").append(rootOpen).append("&lol9;").append(rootClose).toString();
  }
}
