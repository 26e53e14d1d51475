package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.StaffScope.Role;
import com.onecodepass.web.staff.StaffPage;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every staff page x every role, from the {@link StaffPage} registry and from the page files in the
 * built WAR: the registry's roles get the page, every other role gets 403, a signed-out visitor
 * gets the sign-in form. A page file without a registry entry fails the test, so a new page cannot
 * be forgotten. Where a page takes a district-scoped target in its URL, {@link #SAMPLES} names one
 * in district A: its officer sees it, the officer of district B is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPageMatrixIT {

  /** Page files under /staff/ that are not staff pages (open to everyone). */
  static final Set<String> NOT_STAFF_PAGES = Set.of("login");

  static final String DISTRICT_A = "610113";
  static final String DISTRICT_B = "610102";

  /**
   * A district-scoped target for a page: SQL giving a target in district A, the query it goes in
   * (%s), what the page shows when permitted and when not. One line per page that has one.
   */
  record Sample(String targetInDistrictA, String query, String permitted, String refused) {}

  static final Map<StaffPage, Sample> SAMPLES =
      Map.of(
          StaffPage.VENUE,
          new Sample(
              "SELECT MIN(id) FROM venue WHERE district_code = '" + DISTRICT_A + "'",
              "?id=%s",
              "id=\"venue-detail\"",
              "id=\"venue-not-found\""),
          StaffPage.TRACING,
          new Sample(
              "SELECT MIN(id) FROM citizen WHERE district_code = '" + DISTRICT_A + "'",
              "?case=%s",
              "id=\"tracing-result\"",
              "id=\"tracing-refused\""));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private static final String PASSWORD = "Matrix#2026x";
  private static final Map<Role, String> USERS = new EnumMap<>(Role.class);
  private static String otherDistrictOfficer;

  @BeforeAll
  static void accounts() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    for (Role role : Role.values()) {
      String user = "mx-" + role.name().toLowerCase().replace('_', '-').substring(0, 5) + "-" + run;
      boolean inDistrict = role == Role.DISTRICT_STAFF || role == Role.VENUE_OPERATOR;
      StaffSession.account(user, PASSWORD, role.name(), inDistrict ? DISTRICT_A : null);
      USERS.put(role, user);
    }
    otherDistrictOfficer = "mx-other-" + run;
    StaffSession.account(otherDistrictOfficer, PASSWORD, "DISTRICT_STAFF", DISTRICT_B);
  }

  @Test
  void everyPageFileIsInTheRegistry() throws Exception {
    Set<String> registered = new TreeSet<>();
    Arrays.stream(StaffPage.values()).forEach(p -> registered.add(p.file()));
    Set<String> files = pageFiles();
    files.removeAll(NOT_STAFF_PAGES);
    assertThat(files).as("pages under /staff/ in the WAR").isNotEmpty();
    assertThat(registered)
        .as("StaffPage entries for every staff/*.xhtml (add the page to StaffPage)")
        .containsAll(files);
    assertThat(files).as("a StaffPage entry without its page file").containsAll(registered);
  }

  @Test
  void eachRoleGetsExactlyItsPages() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    StaffSession anonymous = new StaffSession(base.toString());
    for (StaffPage page : StaffPage.values()) {
      HttpResponse<String> r = anonymous.get(page.path());
      soft.assertThat(r.body())
          .as("signed out: %s shows the sign-in form", page)
          .contains("id=\"staff-login\"");
    }
    for (Role role : Role.values()) {
      StaffSession staff = signedIn(USERS.get(role));
      for (StaffPage page : StaffPage.values()) {
        HttpResponse<String> r = staff.get(page.path());
        if (page.allows(role)) {
          soft.assertThat(r.statusCode()).as("%s may open %s", role, page).isEqualTo(200);
          soft.assertThat(r.body()).as("%s on %s", role, page).doesNotContain("id=\"staff-login\"");
        } else {
          soft.assertThat(r.statusCode()).as("%s must not open %s", role, page).isEqualTo(403);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void anOfficerOfAnotherDistrictIsNotPermittedTheTarget() throws Exception {
    StaffSession own = signedIn(USERS.get(Role.DISTRICT_STAFF));
    StaffSession other = signedIn(otherDistrictOfficer);
    StaffSession admin = signedIn(USERS.get(Role.CITY_ADMIN));
    List<String> checked = new ArrayList<>();
    for (Map.Entry<StaffPage, Sample> e : SAMPLES.entrySet()) {
      Sample s = e.getValue();
      String url = e.getKey().path() + String.format(s.query(), target(s.targetInDistrictA()));
      assertThat(own.get(url).body()).as("district A officer on %s", url).contains(s.permitted());
      assertThat(admin.get(url).body()).as("city admin on %s", url).contains(s.permitted());
      HttpResponse<String> refused = other.get(url);
      assertThat(refused.statusCode()).as("no error page for %s", url).isLessThan(500);
      assertThat(refused.body())
          .as("district B officer on %s", url)
          .contains(s.refused())
          .doesNotContain(s.permitted());
      checked.add(url);
    }
    assertThat(checked).hasSize(SAMPLES.size());
  }

  private StaffSession signedIn(String user) throws Exception {
    StaffSession staff = new StaffSession(base.toString());
    assertThat(staff.signIn(user, PASSWORD).body())
        .as("sign-in of " + user)
        .doesNotContain("id=\"staff-login\"");
    return staff;
  }

  private static String target(String sql) throws Exception {
    try (Connection c = StaffSession.database();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      String value = r.getString(1);
      assertThat(value).as("a target for " + sql).isNotNull();
      return value;
    }
  }

  /** The xhtml files under staff/ in the admin-web WAR inside the built EAR. */
  private static Set<String> pageFiles() throws Exception {
    Set<String> files = new TreeSet<>();
    try (ZipFile ear = new ZipFile(new File(System.getProperty("ear.file")))) {
      ZipEntry war = ear.getEntry("admin-web.war");
      assertThat(war).as("admin-web.war in the EAR").isNotNull();
      try (InputStream in = ear.getInputStream(war);
          ZipInputStream entries = new ZipInputStream(in)) {
        for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
          String name = e.getName();
          if (name.startsWith("staff/") && name.endsWith(".xhtml") && name.indexOf('/', 6) < 0) {
            files.add(name.substring(6, name.length() - ".xhtml".length()));
          }
        }
      }
    }
    return files;
  }
}
