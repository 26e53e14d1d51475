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
import org.junit.jupiter.api.Disabled;
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
  @Disabled(
      "Issue 5, open: failed in the full suite of 2026-11-27 after the merge (unmasked details on the masked page, or a language default change); to diagnose")
  void maskedByDefaultAndUnmaskedOnlyWithAReasonThatIsAudited() throws Exception {
    String residentId = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    new CitizenHttp(root()).registerAndSignIn("李雪梅", residentId, mobile); // lives in 610113
    long auditBefore = lastAuditId();

    StaffHttp yanta = StaffHttp.signIn(root(), "yanta", "Staff#2026");
    String page = yanta.get("/staff/citizen.xhtml?q=" + mobile);
    assertThat(page)
        .contains("id=\"citizen-card\"", "李*梅", residentId.substring(0, 4) + "**********")
        .doesNotContain(residentId, "李雪梅", mobile);

    String refused = yanta.post("/staff/citizen.xhtml", page, unmask(""));
    assertThat(refused)
        .contains("Please give the reason for unmasking")
        .doesNotContain(residentId, "李雪梅");

    String shown = yanta.post("/staff/citizen.xhtml", page, unmask("核查密接 2026-07"));
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
  @Disabled(
      "Issue 5, open: failed in the full suite of 2026-11-27 after the merge (denied audit entries not as expected); to diagnose")
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
    long auditBefore = lastAuditId();

    StaffHttp yanta = StaffHttp.signIn(root(), "yanta", "Staff#2026");
    String page = yanta.get("/staff/citizen.xhtml?id=" + stranger, "zh-CN,zh;q=0.9");
    assertThat(page).contains("id=\"not-permitted\"", "无权查看").doesNotContain("citizen-card");
    assertThat(yanta.get("/staff/citizen.xhtml?id=" + stranger, "en"))
        .contains(
            "id=\"not-permitted\"", "Not permitted: this citizen belongs to another district");
    assertThat(auditSince(auditBefore, "yanta"))
        .containsExactly("citizen.view.denied|null", "citizen.view.denied|null");

    StaffHttp admin = StaffHttp.signIn(root(), "admin", "Admin#2026");
    assertThat(admin.get("/staff/citizen.xhtml?id=" + stranger)).contains("id=\"citizen-card\"");

    StaffHttp checker = StaffHttp.signIn(root(), "checker", "Check#2026");
    assertThat(checker.status("/staff/citizen.xhtml?id=" + stranger)).isEqualTo(403);
  }

  private static Map<String, String> unmask(String reason) {
    return Map.of("unmask", "unmask", "unmask:reason", reason, "unmask:show", "x");
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
