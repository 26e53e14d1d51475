package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts page, sign-in hardening and CSRF over HTTP: create / disable / reset with audit
 * entries, an admin cannot disable themselves, lock-out after 5 failures (right password refused
 * too, unknown usernames answered the same), unlock after the window or by an admin, a new session
 * id at sign-in, and forged posts that change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccessIT {

  private static final String PAGE = "/staff/accounts.xhtml";
  private static final String PASSWORD = "Access#2026x";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void aCityAdminCreatesDisablesAndResetsAnAccountAndEveryChangeIsAudited() throws Exception {
    String run = run();
    String adminName = "ac-admin-" + run;
    String newName = "ac-new-" + run;
    StaffSession.account(adminName, PASSWORD, "CITY_ADMIN", null);
    StaffSession admin = signedIn(adminName, PASSWORD);

    // A district role without a district: a clear message and no account.
    String page = admin.get(PAGE).body();
    page = create(admin, page, newName, "DISTRICT_STAFF", "");
    assertThat(page).contains("District staff and venue operators need a district.");
    assertThat(exists(newName)).isFalse();

    // With its district and no password: one is generated and shown once.
    page = create(admin, page, newName, "DISTRICT_STAFF", "610113");
    String generated = shownPassword(page, newName);
    assertThat(exists(newName)).isTrue();
    StaffSession officer = signedIn(newName, generated);
    assertThat(officer.get("/staff/index.xhtml").body()).contains("id=\"role-DISTRICT_STAFF\"");

    // Disabled: the open session ends at its next request, and signing in again fails.
    page = press(admin, admin.get(PAGE).body(), newName, "toggle", Map.of());
    assertThat(page).contains("id=\"account-" + newName + "\" class=\"disabled\"");
    assertThat(officer.get("/staff/index.xhtml").body()).contains("id=\"staff-login\"");
    assertThat(new StaffSession(base.toString()).signIn(newName, generated).body())
        .contains("id=\"login-error\"");

    // Enabled again with a password the admin sets: too weak is refused, a good one works.
    page = press(admin, admin.get(PAGE).body(), newName, "toggle", Map.of());
    page = press(admin, page, newName, "reset", Map.of("password", "short"));
    assertThat(page).contains("The password must have 10 to 100 characters.");
    assertThat(signedIn(newName, generated)).isNotNull();
    page =
        press(
            admin, admin.get(PAGE).body(), newName, "reset", Map.of("password", "Fresh#Pass2026"));
    assertThat(signedIn(newName, "Fresh#Pass2026")).isNotNull();
    assertThat(new StaffSession(base.toString()).signIn(newName, generated).body())
        .contains("id=\"login-error\"");

    // Change of role and district takes effect: city admin pages are refused to a checker.
    page =
        press(
            admin,
            admin.get(PAGE).body(),
            newName,
            "save",
            Map.of("role", "CHECKER", "district", ""));
    StaffSession checker = signedIn(newName, "Fresh#Pass2026");
    assertThat(checker.get("/staff/index.xhtml").body()).contains("id=\"role-CHECKER\"");

    assertThat(auditActions(adminName, "staff:" + newName))
        .contains(
            "staff.account.create",
            "staff.account.disable",
            "staff.account.enable",
            "staff.account.resetPassword",
            "staff.account.changeRole");
  }

  @Test
  void anAdminCannotDisableThemselves() throws Exception {
    String adminName = "ac-self-" + run();
    StaffSession.account(adminName, PASSWORD, "CITY_ADMIN", null);
    StaffSession admin = signedIn(adminName, PASSWORD);
    String page = press(admin, admin.get(PAGE).body(), adminName, "toggle", Map.of());
    assertThat(page).contains("You cannot disable your own account");
    page = press(admin, admin.get(PAGE).body(), adminName, "save", Map.of("role", "CHECKER"));
    assertThat(page).contains("You cannot disable your own account");
    assertThat(enabledRole(adminName)).isEqualTo("CITY_ADMIN");
  }

  @Test
  void fiveFailuresLockAnAccountEvenForTheRightPasswordUntilTheWindowEnds() throws Exception {
    String user = "lk-" + run();
    StaffSession.account(user, PASSWORD, "DISTRICT_STAFF", "610113");
    for (int i = 1; i <= 4; i++) {
      assertThat(fresh().signIn(user, "wrong-" + i).body())
          .contains("id=\"login-error\"")
          .doesNotContain("id=\"login-locked\"");
    }
    assertThat(fresh().signIn(user, "wrong-5").body()).contains("id=\"login-locked\"");
    assertThat(fresh().signIn(user, PASSWORD).body())
        .contains("id=\"login-locked\"")
        .doesNotContain("role-DISTRICT_STAFF");

    // An unknown username gets the very same answer: nothing tells which usernames exist.
    String nobody = "nobody-" + run();
    for (int i = 1; i <= 4; i++) {
      fresh().signIn(nobody, "wrong-" + i);
    }
    assertThat(fresh().signIn(nobody, "wrong-5").body()).contains("id=\"login-locked\"");

    assertThat(auditActions(user, "staff:" + user))
        .contains("staff.signIn.failed", "staff.signIn.locked");

    // The window runs out (moved back in the database rather than waited for).
    try (Connection c = StaffSession.database();
        PreparedStatement expire =
            c.prepareStatement(
                "UPDATE staff_sign_in_throttle SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1'"
                    + " MINUTE, first_failure = CURRENT_TIMESTAMP - INTERVAL '20' MINUTE WHERE"
                    + " username = ?")) {
      expire.setString(1, user);
      assertThat(expire.executeUpdate()).isEqualTo(1);
    }
    assertThat(signedIn(user, PASSWORD)).isNotNull();
    assertThat(auditActions(user, "staff:" + user)).contains("staff.signIn");
  }

  @Test
  void aCityAdminUnlocksALockedAccount() throws Exception {
    String run = run();
    String user = "lk-adm-" + run;
    String adminName = "ac-unlock-" + run;
    StaffSession.account(user, PASSWORD, "CHECKER", null);
    StaffSession.account(adminName, PASSWORD, "CITY_ADMIN", null);
    for (int i = 1; i <= 5; i++) {
      fresh().signIn(user, "wrong-" + i);
    }
    assertThat(fresh().signIn(user, PASSWORD).body()).contains("id=\"login-locked\"");
    StaffSession admin = signedIn(adminName, PASSWORD);
    String page = admin.get(PAGE).body();
    assertThat(row(page, user)).contains("class=\"locked\"");
    page = press(admin, page, user, "unlock", Map.of());
    assertThat(row(page, user)).doesNotContain("class=\"locked\"");
    assertThat(signedIn(user, PASSWORD)).isNotNull();
    assertThat(auditActions(adminName, "staff:" + user)).contains("staff.account.unlock");
  }

  @Test
  void signingInGivesTheSessionANewId() throws Exception {
    String user = "sid-" + run();
    StaffSession.account(user, PASSWORD, "CHECKER", null);
    StaffSession staff = fresh();
    staff.get("/staff/index.xhtml");
    String before = staff.cookie("JSESSIONID");
    assertThat(before).as("a session before sign-in (FORM keeps the requested page)").isNotNull();
    assertThat(
            staff
                .postRaw(
                    "/j_security_check",
                    "j_username=" + user + "&j_password=" + StaffSession.enc(PASSWORD))
                .body())
        .contains("id=\"role-CHECKER\"");
    String after = staff.cookie("JSESSIONID");
    assertThat(after).isNotNull().isNotEqualTo(before);

    // The id from before sign-in opens nothing.
    CookieManager planted = new CookieManager();
    HttpCookie fixed = new HttpCookie("JSESSIONID", before);
    fixed.setPath("/");
    planted.getCookieStore().add(URI.create(base.toString()), fixed);
    StaffSession attacker = new StaffSession(base.toString(), planted);
    assertThat(attacker.get("/staff/index.xhtml").body()).contains("id=\"staff-login\"");
  }

  @Test
  void forgedPostsChangeNothing() throws Exception {
    String run = run();
    String adminName = "csrf-admin-" + run;
    String otherAdmin = "csrf-other-" + run;
    StaffSession.account(adminName, PASSWORD, "CITY_ADMIN", null);
    StaffSession.account(otherAdmin, PASSWORD, "CITY_ADMIN", null);
    StaffSession victim = signedIn(adminName, PASSWORD);
    String target = "csrf-new-" + run;
    String body =
        "create=create&create%3Ausername="
            + target
            + "&create%3AdisplayName=Forged&create%3Arole=CITY_ADMIN&create%3Apassword="
            + StaffSession.enc("Forged#Pass2026")
            + "&create%3Asubmit=x";

    // No view state, a made-up one, and one from another person's session.
    assertThat(victim.postRaw(PAGE, body).statusCode()).isLessThan(500);
    HttpResponse<String> madeUp =
        victim.postRaw(
            PAGE, body + "&jakarta.faces.ViewState=" + StaffSession.enc("-1234567890:987654321"));
    assertThat(madeUp.statusCode()).isEqualTo(400);
    assertThat(madeUp.body()).contains("This page has expired").doesNotContain("Exception");
    // "stateless" is what a transient view posts; this page keeps state, so it is a forged post.
    // It carries no browser-bound form token either, so StatelessFormGuard refuses it first.
    HttpResponse<String> stateless =
        victim.postRaw(PAGE, body + "&jakarta.faces.ViewState=stateless");
    assertThat(stateless.statusCode()).isEqualTo(403);
    assertThat(stateless.body()).doesNotContain("Exception");
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(signedIn(otherAdmin, PASSWORD).get(PAGE).body());
    assertThat(state.find()).isTrue();
    HttpResponse<String> crossSession =
        victim.postRaw(PAGE, body + "&jakarta.faces.ViewState=" + StaffSession.enc(state.group(1)));
    assertThat(crossSession.statusCode()).isEqualTo(400);
    assertThat(exists(target)).as("forged posts created an account").isFalse();

    // The page's own form still works.
    String page = victim.get(PAGE).body();
    create(victim, page, target, "CHECKER", "");
    assertThat(exists(target)).isTrue();
  }

  private String create(StaffSession admin, String page, String user, String role, String district)
      throws Exception {
    return admin
        .submit(
            PAGE,
            page,
            "create",
            "create:submit",
            Map.of(
                "create:username", user,
                "create:displayName", "Test " + user,
                "create:role", role,
                "create:district", district,
                "create:password", ""))
        .body();
  }

  /** Presses {@code button} in the row of {@code user}, with that row's {@code fields} set. */
  private String press(
      StaffSession admin, String page, String user, String button, Map<String, String> fields)
      throws Exception {
    Matcher name =
        Pattern.compile("name=\"(list:rows:\\d+:)" + button + "\"").matcher(row(page, user));
    assertThat(name.find()).as(button + " in the row of " + user).isTrue();
    String prefix = name.group(1);
    Map<String, String> prefixed = new java.util.HashMap<>();
    fields.forEach((k, v) -> prefixed.put(prefix + k, v));
    return admin.submit(PAGE, page, "list", prefix + button, prefixed).body();
  }

  private static String row(String page, String user) {
    Matcher row =
        Pattern.compile("<tr id=\"account-" + Pattern.quote(user) + "\"[\\s\\S]*?</tr>")
            .matcher(page);
    assertThat(row.find()).as("row of " + user).isTrue();
    return row.group();
  }

  private static String shownPassword(String page, String user) {
    assertThat(page).contains("id=\"shown-user\">" + user + "<");
    Matcher m = Pattern.compile("id=\"shown-password\">([^<]+)<").matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
  }

  private StaffSession signedIn(String user, String password) throws Exception {
    StaffSession staff = fresh();
    assertThat(staff.signIn(user, password).body())
        .as("sign-in of " + user)
        .doesNotContain("id=\"staff-login\"");
    return staff;
  }

  private StaffSession fresh() {
    return new StaffSession(base.toString());
  }

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static boolean exists(String user) throws Exception {
    try (Connection c = StaffSession.database();
        PreparedStatement select =
            c.prepareStatement("SELECT 1 FROM staff_account WHERE username = ?")) {
      select.setString(1, user);
      try (ResultSet r = select.executeQuery()) {
        return r.next();
      }
    }
  }

  private static String enabledRole(String user) throws Exception {
    try (Connection c = StaffSession.database();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT role FROM staff_account WHERE username = ? AND enabled = TRUE")) {
      select.setString(1, user);
      try (ResultSet r = select.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static java.util.List<String> auditActions(String actor, String target) throws Exception {
    java.util.List<String> actions = new java.util.ArrayList<>();
    try (Connection c = StaffSession.database();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT action FROM audit_entry WHERE actor = ? AND target = ? ORDER BY id")) {
      select.setString(1, actor);
      select.setString(2, target);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          actions.add(r.getString(1));
        }
      }
    }
    return actions;
  }
}
