package com.onecodepass.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's phone at the HTTP level: JSF forms (with their view state or form token), cookies,
 * gzip. Used where a real browser would only slow the test down (byte budgets, headers).
 */
final class CitizenHttp {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"ocp-form\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");

  final String root;
  final HttpClient client;
  private final CookieManager cookies = new CookieManager();

  CitizenHttp(String root) {
    this.root = root.replaceAll("/+$", "");
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Registers a fresh person through the form and signs them in with the on-screen code. */
  CitizenHttp registerAndSignIn(String name, String residentId, String mobile) throws Exception {
    String page = get("/register.xhtml");
    page =
        post(
            "/register.xhtml",
            page,
            Map.of(
                "register",
                "register",
                "register:name",
                name,
                "register:residentId",
                residentId,
                "register:mobile",
                mobile,
                "register:districtCode",
                "610113",
                "register:submit",
                "x"));
    page =
        post(
            "/signin.xhtml",
            page,
            Map.of("signin", "signin", "signin:mobile", mobile, "signin:send", "x"));
    Matcher code = DEMO_CODE.matcher(page);
    if (!code.find()) {
      throw new IllegalStateException("no demo code on the sign-in page");
    }
    post(
        "/signin.xhtml",
        page,
        Map.of(
            "signin",
            "signin",
            "signin:mobile",
            mobile,
            "signin:code",
            code.group(1),
            "signin:submit",
            "x"));
    return this;
  }

  /** The cookies this phone holds. */
  java.util.List<java.net.HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  /** A form body posted as is (no view state or token added). */
  HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String get(String path) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(root + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Raw (possibly gzip) bytes of a GET, as a browser that accepts gzip receives them. */
  HttpResponse<byte[]> getGzip(String pathOrUrl) throws IOException, InterruptedException {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Encoding", "gzip")
            .header("Accept-Language", "zh-CN,zh;q=0.9")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  String post(String path, String formPage, Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher state = VIEW_STATE.matcher(formPage);
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (state.find()) {
      all.put("jakarta.faces.ViewState", state.group(1));
    }
    // A stateless (transient) page's forms carry a token bound to this client's form cookie.
    Matcher token = FORM_TOKEN.matcher(formPage);
    if (token.find()) {
      all.put("ocp-form", token.group(1));
    }
    String body =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    String target = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return client
        .send(
            HttpRequest.newBuilder(URI.create(root + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
