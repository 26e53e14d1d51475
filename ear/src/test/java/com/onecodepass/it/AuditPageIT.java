package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log page (scoped by district, CSV export, the chain check for city admins) and the
 * offline command ops/audit-verify.sh, both finding a row edited directly in MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void districtStaffSeeTheirDistrictOnlyAndCannotVerify() throws Exception {
    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    // One entry each: the admin's (no district) and the district officer's.
    CitizenLookupIT.lookUp(admin, "13800000000");
    CitizenLookupIT.lookUp(yanta, "13800000000");

    String mine = yanta.page("/staff/audit.xhtml");
    assertThat(mine).contains("id=\"filter:entries\"", ">yanta<").doesNotContain(">admin<");
    assertThat(mine).doesNotContain("filter:verify");

    String all = admin.page("/staff/audit.xhtml");
    assertThat(all).contains(">yanta<", ">admin<", "filter:verify");

    String csv =
        yanta
            .submit(
                "/staff/audit.xhtml",
                mine,
                "filter",
                "filter:export",
                Map.of("filter:action", "citizen."))
            .body();
    assertThat(csv).startsWith("\uFEFFid,at,actor,role,district,action").contains(",yanta,");
    assertThat(csv.lines().skip(1)).allMatch(l -> l.contains(",610113,citizen."));

    StaffSession checker = StaffSession.signedIn(root(), "checker", "Check#2026");
    assertThat(checker.get("/staff/audit.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void theRefusalsFilterFindsEveryRefusalAndNothingElse() throws Exception {
    String residentId = TestPeople.residentId();
    new CitizenHttp(root()).registerAndSignIn("钱芳", residentId, TestPeople.mobile()); // 610113
    String officer = "rf-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(officer, "Refuse#2026x", "DISTRICT_STAFF", "610102");
    StaffSession xincheng = StaffSession.signedIn(root(), officer, "Refuse#2026x");
    CitizenLookupIT.lookUp(xincheng, residentId); // another district's resident: refused
    CitizenLookupIT.lookUp(xincheng, TestPeople.residentId()); // nobody: an ordinary look-up

    String page = xincheng.page("/staff/audit.xhtml");
    assertThat(page).contains("id=\"filter:refusals\"");
    String all = export(xincheng, page, Map.of("filter:actor", officer));
    String refusals =
        export(xincheng, page, Map.of("filter:actor", officer, "filter:refusals", "on"));

    assertThat(all.lines().skip(1)).anyMatch(l -> l.contains(",citizen.lookup,"));
    assertThat(refusals.lines().skip(1))
        .isNotEmpty()
        .allMatch(l -> l.contains(",citizen.lookup.denied,") && l.contains("," + officer + ","));
  }

  private static String export(StaffSession staff, String page, Map<String, String> fields)
      throws Exception {
    return staff.submit("/staff/audit.xhtml", page, "filter", "filter:export", fields).body();
  }

  @Test
  void thePageAndTheCommandFindARowEditedInTheDatabase() throws Exception {
    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    CitizenLookupIT.lookUp(admin, "13800000000");
    CitizenLookupIT.lookUp(admin, "13800000000");

    // The verifier's verdicts are read in English: the language switch sets it for this client
    // (without it, and without an Accept-Language header, pages are in Chinese).
    String page = admin.page("/staff/audit.xhtml?lang=en");
    assertThat(verify(admin, page)).contains("Audit chain intact, ");
    assertThat(command()).startsWith("0:audit chain intact, ");

    long victim = CitizenLookupIT.lastAuditId() - 1;
    String original = reason(victim);
    setReason(victim, "nothing to see here");
    try {
      page = admin.page("/staff/audit.xhtml");
      assertThat(verify(admin, page)).contains("Audit chain broken: first broken entry #" + victim);
      assertThat(command()).startsWith("1:audit chain BROKEN: first broken entry #" + victim + " ");
    } finally {
      setReason(victim, original);
    }
    assertThat(command()).startsWith("0:audit chain intact, ");
  }

  private static String verify(StaffSession admin, String page) throws Exception {
    return admin.submit("/staff/audit.xhtml", page, "filter", "filter:verify", Map.of()).body();
  }

  /** Runs ops/audit-verify.sh against the test database: "exit code:first line". */
  private static String command() throws Exception {
    Path script =
        Path.of(System.getProperty("user.dir")).getParent().resolve("ops/audit-verify.sh");
    ProcessBuilder pb =
        new ProcessBuilder(
                script.toString(),
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"))
            .redirectErrorStream(true);
    pb.environment().put("OCP_DB_PASSWORD", System.getProperty("it.db.password"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() + ":" + out.strip();
  }

  private static String reason(long id) throws Exception {
    try (Connection c = CitizenLookupIT.db();
        PreparedStatement s = c.prepareStatement("SELECT reason FROM audit_entry WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static void setReason(long id, String reason) throws Exception {
    try (Connection c = CitizenLookupIT.db();
        PreparedStatement s =
            c.prepareStatement("UPDATE audit_entry SET reason = ? WHERE id = ?")) {
      s.setString(1, reason);
      s.setLong(2, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
