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
  void aCitizenOfAnotherDistrictByIdInTheUrlAnswersAsNobodyWithThatId() throws Exception {
    long stranger;
    long nobody;
    try (Connection c = db();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT MIN(CASE WHEN district_code <> '610113' THEN id END), MAX(id)"
                        + " FROM citizen")) {
      r.next();
      stranger = r.getLong(1);
      nobody = r.getLong(2) + 1_000_000;
    }
    assertThat(stranger).isPositive();

    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    long auditBefore = lastAuditId();
    yanta.language = "zh-CN,zh;q=0.9";
    String foreign = yanta.page("/staff/citizen.xhtml?id=" + stranger);
    String unknown = yanta.page("/staff/citizen.xhtml?id=" + nobody);
    assertThat(foreign).contains("您的权限范围内没有此居民").doesNotContain("citizen-card");
    assertThat(StaffSession.messages(foreign))
        .as("not yours answers as not there")
        .isEqualTo(StaffSession.messages(unknown));
    assertThat(auditSince(auditBefore, "yanta"))
        .as("only the audit entry tells them apart")
        .containsExactly("citizen.view.denied|null", "citizen.view|null");

    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    assertThat(admin.page("/staff/citizen.xhtml?id=" + stranger)).contains("id=\"citizen-card\"");

    StaffSession checker = StaffSession.signedIn(root(), "checker", "Check#2026");
    assertThat(checker.get("/staff/citizen.xhtml?id=" + stranger).statusCode()).isEqualTo(403);
  }

  @Test
  void aLookUpOfAnotherDistrictsResidentIdAnswersAsAnUnregisteredOne() throws Exception {
    String residentId = TestPeople.residentId();
    new CitizenHttp(root()).registerAndSignIn("周晓", residentId, TestPeople.mobile()); // 610113
    String officer = "lk-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(officer, "Lookup#2026x", "DISTRICT_STAFF", "610102");
    StaffSession xincheng = StaffSession.signedIn(root(), officer, "Lookup#2026x");

    String foreign = lookUp(xincheng, residentId);
    String unregistered = lookUp(xincheng, TestPeople.residentId());
    assertThat(foreign).contains("id=\"nobody\"").doesNotContain("citizen-card", "not-permitted");
    assertThat(StaffSession.messages(foreign)).isEqualTo(StaffSession.messages(unregistered));
    assertThat(foreign.substring(foreign.indexOf("id=\"nobody\"")))
        .startsWith(unregistered.substring(unregistered.indexOf("id=\"nobody\"")).substring(0, 80));
    assertThat(auditSince(0, officer))
        .contains("citizen.lookup.denied|null", "citizen.lookup|null");
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
