package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The citizen look-up page over HTTP: masked by default, unmask only with a reason, audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenLookupIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void maskedByDefaultAndUnmaskedOnlyWithAReasonThatIsAudited() throws Exception {
    String residentId = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    new CitizenHttp(root()).registerAndSignIn("李雪梅", residentId, mobile); // lives in 610113
    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    long auditBefore = lastAuditId();

    String page = lookUp(yanta, mobile);
    assertThat(page)
        .contains("id=\"citizen-card\"", "李*梅", residentId.substring(0, 4) + "**********")
        .doesNotContain(residentId, "李雪梅", mobile);

    String refused = unmask(yanta, page, "");
    assertThat(refused)
        .contains("Please give the reason for unmasking")
        .doesNotContain(residentId, "李雪梅");

    String shown = unmask(yanta, page, "核查密接 2026-07");
    assertThat(shown).contains(residentId, "李雪梅", mobile, "id=\"unmasked\"");

    assertThat(auditSince(auditBefore, "yanta"))
        .contains(
            "citizen.lookup|null",
            "citizen.view|null",
            "citizen.history|null",
            "citizen.trips|null",
            "citizen.unmask|核查密接 2026-07")
        .noneMatch(a -> a.startsWith("citizen.unmask|null"));
  }

  @Test
  void aLookUpIsAPostAndBadInputIsAnsweredInTheOfficersLanguage() throws Exception {
    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    yanta.language = "zh-CN,zh;q=0.9";
    String page = yanta.page("/staff/citizen.xhtml");
    assertThat(page).contains("<form id=\"lookup\"", "method=\"post\"");
    String answer =
        yanta
            .submit(
                "/staff/citizen.xhtml", page, "lookup", "lookup:search", Map.of("lookup:q", "12x"))
            .body();
    assertThat(answer).contains("请输入有效的18位身份证号或11位手机号").doesNotContain("citizen-card");
  }

  @Test
  void aCitizenOfAnotherDistrictByIdInTheUrlIsNotPermitted() throws Exception {
    long stranger;
    try (Connection c = db();
        ResultSet r =
            c.createStatement()
                .executeQuery("SELECT MIN(id) FROM citizen WHERE district_code <> '610113'")) {
      r.next();
      stranger = r.getLong(1);
    }
    assertThat(stranger).isPositive();

    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    long auditBefore = lastAuditId();
    yanta.language = "zh-CN,zh;q=0.9";
    String page = yanta.page("/staff/citizen.xhtml?id=" + stranger);
    assertThat(page).contains("id=\"not-permitted\"", "无权查看").doesNotContain("citizen-card");
    yanta.language = "en";
    assertThat(yanta.page("/staff/citizen.xhtml?id=" + stranger))
        .contains(
            "id=\"not-permitted\"", "Not permitted: this citizen belongs to another district");
    assertThat(auditSince(auditBefore, "yanta"))
        .containsExactly("citizen.view.denied|null", "citizen.view.denied|null");

    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    assertThat(admin.page("/staff/citizen.xhtml?id=" + stranger)).contains("id=\"citizen-card\"");

    StaffSession checker = StaffSession.signedIn(root(), "checker", "Check#2026");
    assertThat(checker.get("/staff/citizen.xhtml?id=" + stranger).statusCode()).isEqualTo(403);
  }

  /** Posts the look-up form as the officer would; returns the answer page. */
  static String lookUp(StaffSession staff, String query) throws Exception {
    String page = staff.page("/staff/citizen.xhtml");
    return staff
        .submit("/staff/citizen.xhtml", page, "lookup", "lookup:search", Map.of("lookup:q", query))
        .body();
  }

  private static String unmask(StaffSession staff, String page, String reason) throws Exception {
    return staff
        .submit(
            "/staff/citizen.xhtml", page, "unmask", "unmask:show", Map.of("unmask:reason", reason))
        .body();
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  static long lastAuditId() throws Exception {
    try (Connection c = db();
        ResultSet r =
            c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
      r.next();
      return r.getLong(1);
    }
  }

  static java.util.List<String> auditSince(long id, String actor) throws Exception {
    java.util.List<String> entries = new java.util.ArrayList<>();
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT action, reason FROM audit_entry WHERE id > ? AND actor = ? ORDER BY id")) {
      s.setLong(1, id);
      s.setString(2, actor);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(r.getString(1) + "|" + r.getString(2));
        }
      }
    }
    return entries;
  }
}
