package com.onecodepass.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A staff member's browser at the HTTP level: FORM sign-in, then pages and JSF forms. */
final class StaffHttp {

  final CitizenHttp http;

  private StaffHttp(String root) {
    this.http = new CitizenHttp(root);
  }

  static StaffHttp signIn(String root, String user, String password) throws Exception {
    StaffHttp staff = new StaffHttp(root);
    staff.http.get("/staff/index.xhtml");
    staff.http.post("/j_security_check", "", Map.of("j_username", user, "j_password", password));
    return staff;
  }

  String get(String path) throws Exception {
    return http.get(path);
  }

  /** A page in the given language (without the header the server answers in English). */
  String get(String path, String acceptLanguage) throws Exception {
    return http.client
        .send(
            HttpRequest.newBuilder(URI.create(http.root + path))
                .header("Accept-Language", acceptLanguage)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  int status(String path) throws Exception {
    return http.client
        .send(
            HttpRequest.newBuilder(URI.create(http.root + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Submits a JSF form of {@code page} (its view state is taken from the page). */
  String post(String path, String page, Map<String, String> fields) throws Exception {
    return http.post(path, page, fields);
  }
}
