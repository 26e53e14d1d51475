package com.onecodepass.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mindrot.jbcrypt.BCrypt;

/**
 * A staff member's browser at the HTTP level: Elytron FORM sign-in, cookies, and JSF forms posted
 * with the fields the page rendered (as a browser would) plus the ones the test sets.
 */
final class StaffSession {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED =
      Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected");

  final String root;
  final CookieManager cookies;
  final HttpClient client;
  String language = "en";

  StaffSession(String root) {
    this(root, new CookieManager());
  }

  /** A browser with the given cookie jar (e.g. a planted session cookie). */
  StaffSession(String root, CookieManager cookies) {
    this(
        root,
        cookies,
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build());
  }

  /** A browser sending through {@code client}, which must use {@code cookies}. */
  StaffSession(String root, CookieManager cookies, HttpClient client) {
    this.root = root.replaceAll("/+$", "");
    this.cookies = cookies;
    this.client = client;
  }

  /** A new browser, signed in as {@code user}. */
  static StaffSession signedIn(String root, String user, String password)
      throws IOException, InterruptedException {
    StaffSession staff = new StaffSession(root);
    staff.signIn(user, password);
    return staff;
  }

  /** Opens a protected page first (FORM sign-in needs one), then posts the credentials. */
  HttpResponse<String> signIn(String user, String password)
      throws IOException, InterruptedException {
    get("/staff/index.xhtml");
    return postRaw("/j_security_check", "j_username=" + enc(user) + "&j_password=" + enc(password));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(root + path)).header("Accept-Language", language).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The page's body. */
  String page(String path) throws IOException, InterruptedException {
    return get(path).body();
  }

  HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Submits form {@code formId} of {@code page} (rendered from {@code path}) by pressing {@code
   * button}, with {@code fields} overriding what the page rendered.
   */
  HttpResponse<String> submit(
      String path, String page, String formId, String button, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(formFields(page, formId));
    all.putAll(fields);
    all.put(button, "x");
    String body =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return postRaw(path, body);
  }

  /** The values a browser would send for the form's inputs and selects (buttons excluded). */
  static Map<String, String> formFields(String page, String formId) {
    int start = page.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    String form = page.substring(start, page.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String tag = input.group();
      String type = attribute(tag, "type");
      String name = attribute(tag, "name");
      if (name == null || "submit".equals(type) || "button".equals(type)) {
        continue;
      }
      if (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked")) {
        continue;
      }
      fields.put(name, unescape(attribute(tag, "value") == null ? "" : attribute(tag, "value")));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Matcher selected = SELECTED.matcher(select.group(2));
      if (selected.find()) {
        fields.put(select.group(1), unescape(selected.group(1)));
      }
    }
    return fields;
  }

  /** The texts of a page's global messages list ({@code <ul id="messages">}), in order. */
  static java.util.List<String> messages(String page) {
    java.util.List<String> found = new java.util.ArrayList<>();
    Matcher m =
        Pattern.compile("<ul id=\"messages\"[^>]*>(.*?)</ul>", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The value of {@code name} in this client's cookie jar, or null. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Creates (or replaces) a staff account straight in the database, as an existing one. */
  static void account(String username, String password, String role, String district)
      throws SQLException {
    try (Connection c = database()) {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM staff_account WHERE username = ?")) {
        delete.setString(1, username);
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO staff_account (username, password_hash, role, district_code,"
                  + " display_name, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)")) {
        insert.setString(1, username);
        insert.setString(2, BCrypt.hashpw(password, BCrypt.gensalt(10)));
        insert.setString(3, role);
        insert.setString(4, district);
        insert.setString(5, "Test " + username);
        insert.setTimestamp(6, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
    }
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }
}
