package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hostile input through every citizen form, posted as a browser would (with the page's view state):
 * registration, sign-in, declaration, dependants, appeals and check-in. No 5xx, no leak, markup
 * escaped, and a refused form (a field or global error shown) stores nothing.
 */
final class HostileForms {

  /** The citizen pages that hold a form; {@link #everyCitizenFormIsAttacked} keeps it complete. */
  static final Set<String> ATTACKED =
      Set.of(
          "register.xhtml",
          "signin.xhtml",
          "checkin.xhtml",
          "me/declare.xhtml",
          "me/dependants.xhtml",
          "me/appeals.xhtml");

  private static HostileTarget.Citizen holder;

  private HostileForms() {}

  record Registration(String name, String residentId, String mobile, String district) {}

  static void registration(int tries) {
    Properties.forAll(
        tries,
        random ->
            new Registration(
                names().next(random),
                HostileValues.residentId().next(random),
                HostileValues.mobile().next(random),
                districts().next(random)),
        HostileForms::register);
  }

  private static void register(Registration form) throws Exception {
    String name = form.name();
    String residentId = form.residentId();
    String mobile = form.mobile();
    String district = form.district();
    StaffSession browser = new StaffSession(HostileTarget.current().root);
    long before = HostileTarget.current().rows("SELECT COUNT(*) FROM citizen");
    HttpResponse<String> answer =
        submit(
            browser,
            "/register.xhtml",
            "register",
            "register:submit",
            Map.of(
                "register:name", name,
                "register:residentId", residentId,
                "register:mobile", mobile,
                "register:districtCode", district));
    long stored = HostileTarget.current().rows("SELECT COUNT(*) FROM citizen") - before;
    boolean registered = answer.uri().getPath().endsWith("/signin.xhtml");
    assertThat(stored)
        .as("citizens stored (registered: %s)", registered)
        .isEqualTo(registered ? 1 : 0);
  }

  record SignIn(String mobile, String code, String next) {}

  static void signIn(int tries) {
    Properties.forAll(
        tries,
        random ->
            new SignIn(
                HostileValues.mobile().next(random), codes().next(random), names().next(random)),
        HostileForms::signIn);
  }

  private static void signIn(SignIn form) throws Exception {
    String mobile = form.mobile();
    String code = form.code();
    String next = form.next();
    StaffSession browser = new StaffSession(HostileTarget.current().root);
    String page = "/signin.xhtml?mobile=" + enc(cut(mobile)) + "&next=" + enc(cut(next));
    HttpResponse<String> opened = browser.get(page);
    HostileAnswers.check("GET " + page, opened);
    HttpResponse<String> sent =
        browser.submit(
            "/signin.xhtml",
            opened.body(),
            "signin",
            "signin:send",
            Map.of("signin:mobile", mobile));
    HostileAnswers.check("POST /signin.xhtml (send)", sent);
    if (sent.body().contains("id=\"signin\"")) {
      HostileAnswers.check(
          "POST /signin.xhtml (code)",
          browser.submit(
              "/signin.xhtml",
              sent.body(),
              "signin",
              "signin:submit",
              Map.of("signin:mobile", mobile, "signin:code", code)));
    }
  }

  record Declaration(String symptom, String originCity, String arrivalDate) {}

  static void declaration(int tries) {
    Properties.forAll(
        tries,
        random ->
            new Declaration(
                symptoms().next(random), names().next(random), HostileValues.date().next(random)),
        HostileForms::declare);
  }

  private static void declare(Declaration form) throws Exception {
    String symptom = form.symptom();
    String originCity = form.originCity();
    String arrivalDate = form.arrivalDate();
    HostileTarget target = HostileTarget.current();
    long before = target.citizenRows("health_declaration");
    HttpResponse<String> answer =
        submit(
            target.citizen,
            "/me/declare.xhtml",
            "declare",
            "declare:submit",
            Map.of(
                "declare:symptoms", symptom,
                "declare:originCity", originCity,
                "declare:arrivalDate", arrivalDate));
    assertStoredAtMostOnceAndNothingWhenRefused(
        answer, target.citizenRows("health_declaration") - before);
  }

  record Dependant(String name, String residentId, String relation, String consent) {}

  static void dependants(int tries) {
    Properties.forAll(
        tries,
        random ->
            new Dependant(
                names().next(random),
                HostileValues.residentId().next(random),
                relations().next(random),
                consents().next(random)),
        HostileForms::addDependant);
  }

  private static void addDependant(Dependant form) throws Exception {
    String name = form.name();
    String residentId = form.residentId();
    String relation = form.relation();
    String consent = form.consent();
    HostileTarget target = HostileTarget.current();
    if (holder == null || holder.browser().page("/me/dependants.xhtml").contains("id=\"full\"")) {
      holder = HostileTarget.register(target.root);
    }
    long before =
        target.rows("SELECT COUNT(*) FROM dependant_link WHERE holder_id = ?", holder.id());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("dependants:name", name);
    fields.put("dependants:residentId", residentId);
    fields.put("dependants:relation", relation);
    if (!consent.isEmpty()) {
      fields.put("dependants:consent", consent);
    }
    HttpResponse<String> answer =
        submit(holder.browser(), "/me/dependants.xhtml", "dependants", "dependants:submit", fields);
    assertStoredAtMostOnceAndNothingWhenRefused(
        answer,
        target.rows("SELECT COUNT(*) FROM dependant_link WHERE holder_id = ?", holder.id())
            - before);
  }

  record Appeal(String reason, String detail) {}

  static void appeals(int tries) {
    Properties.forAll(
        tries,
        random -> new Appeal(reasons().next(random), details().next(random)),
        HostileForms::appeal);
  }

  private static void appeal(Appeal form) throws Exception {
    String reason = form.reason();
    String detail = form.detail();
    HostileTarget target = HostileTarget.current();
    long before = target.citizenRows("appeal");
    HttpResponse<String> answer =
        submit(
            target.citizen,
            "/me/appeals.xhtml",
            "appeal",
            "appeal:submit",
            Map.of("appeal:reason", reason, "appeal:detail", detail));
    assertStoredAtMostOnceAndNothingWhenRefused(answer, target.citizenRows("appeal") - before);
  }

  record CheckIn(String token, String dependant) {}

  static void checkIn(int tries) {
    Properties.forAll(
        tries,
        random -> new CheckIn(venueTokens().next(random), dependantIds().next(random)),
        HostileForms::checkIn);
  }

  private static void checkIn(CheckIn form) throws Exception {
    String token = form.token();
    String dependant = form.dependant();
    HostileTarget target = HostileTarget.current();
    String path = URI.create(target.venueUrl).getRawPath();
    HttpResponse<String> opened = target.citizen.get(path);
    HostileAnswers.check("GET /v/", opened);
    HostileAnswers.check(
        "GET /v/<hostile>", target.citizen.get("/v/" + enc(cut(token)).replace("+", "%20")));
    long before = target.citizenRows("check_in");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("checkin:token", token);
    if (!dependant.isEmpty()) {
      fields.put("dependant", dependant);
    }
    HttpResponse<String> answer =
        target.citizen.submit("/checkin.xhtml", opened.body(), "checkin", "checkin:submit", fields);
    HostileAnswers.check("POST /checkin.xhtml", answer);
    assertThat(target.citizenRows("check_in") - before)
        .as("check-ins stored with token %s: %s", token, answer.uri())
        .isBetween(0L, 1L);
  }

  static void everyCitizenFormIsAttacked() throws IOException {
    Path webapp = Path.of("../admin-web/src/main/webapp");
    Set<String> withForms;
    try (Stream<Path> pages = Files.walk(webapp)) {
      withForms =
          pages
              .filter(p -> p.toString().endsWith(".xhtml"))
              .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("staff/") && !p.startsWith("WEB-INF/"))
              .filter(p -> read(webapp.resolve(p)).contains("<h:form"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    // Pages written without Faces (a servlet on an .xhtml address) whose form posts to them.
    Path sources = Path.of("../admin-web/src/main/java");
    Pattern mapped = Pattern.compile("@WebServlet\\(\"/([^\"]+\\.xhtml)\"\\)");
    try (Stream<Path> classes = Files.walk(sources)) {
      for (Path c : classes.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = read(c);
        Matcher page = mapped.matcher(source);
        if (page.find() && source.contains("void doPost(")) {
          withForms.add(page.group(1));
        }
      }
    }
    assertThat(new TreeSet<>(ATTACKED)).isEqualTo(withForms);
  }

  // --- values ---

  private static Gen<String> names() {
    return Gen.mostly(4, HostileValues.text(), Gen.of("王芳", "欧阳小明", "Anna-Lena Müller"));
  }

  private static Gen<String> codes() {
    return Gen.oneOf(Gen.digits(0, 8), HostileValues.text());
  }

  private static Gen<String> districts() {
    return Gen.oneOf(
        Gen.of("610113", "610102", "999999", "000000", "6101130"), HostileValues.text());
  }

  private static Gen<String> symptoms() {
    return Gen.oneOf(Gen.of("FEVER", "COUGH", "fever", "NONE", ""), HostileValues.text());
  }

  private static Gen<String> relations() {
    return Gen.oneOf(Gen.of("CHILD", "PARENT", "SPOUSE", "child", ""), HostileValues.text());
  }

  private static Gen<String> consents() {
    return Gen.of("", "true", "on", "false", "1", "yes", HostileValues.MARKUP_PAYLOAD);
  }

  private static Gen<String> reasons() {
    return Gen.oneOf(Gen.of("WRONG_TEST_RESULT", "NOT_THERE", "OTHER", ""), HostileValues.text());
  }

  private static Gen<String> details() {
    return Gen.oneOf(HostileValues.text(), Gen.alpha(499, 520));
  }

  private static Gen<String> venueTokens() {
    return Gen.oneOf(
        Gen.just(HostileTarget.current().venueUrl),
        Gen.just(HostileTarget.current().venueUrl + "A"),
        Gen.of("https://evil.example/v/AQEB", "AQEBAAAB"),
        HostileValues.text());
  }

  private static Gen<String> dependantIds() {
    return Gen.oneOf(
        Gen.just(""),
        Gen.just(String.valueOf(HostileTarget.current().citizenId)),
        Gen.of("1", "2", "70"),
        HostileValues.number(),
        HostileValues.text());
  }

  // --- posting ---

  /** Opens the page, posts its form with {@code fields}, and checks both answers. */
  private static HttpResponse<String> submit(
      StaffSession browser, String path, String form, String button, Map<String, String> fields)
      throws Exception {
    HttpResponse<String> page = browser.get(path);
    HostileAnswers.check("GET " + path, page);
    HttpResponse<String> answer = browser.submit(path, page.body(), form, button, fields);
    HostileAnswers.check("POST " + path + " " + fields, answer);
    return answer;
  }

  private static void assertStoredAtMostOnceAndNothingWhenRefused(
      HttpResponse<String> answer, long stored) {
    boolean refused =
        answer.body().contains("class=\"field-error\"")
            || answer.body().contains("class=\"errors\"");
    assertThat(stored)
        .as("rows stored (refused: %s) -> %s", refused, answer.uri())
        .isBetween(0L, refused ? 0L : 1L);
  }

  /** URLs carry at most 500 characters of a value (the server's header limit is not tested). */
  private static String cut(String s) {
    return s.length() > 500 ? s.substring(0, 500) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
