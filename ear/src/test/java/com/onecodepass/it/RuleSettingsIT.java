package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
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
 * The rule settings page: out-of-range values and a missing reason are refused with clear messages
 * and store nothing; a valid change is the next version with its author, reason and the changed
 * values in the history, and in the audit log. The test puts the values back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuleSettingsIT {

  private static final String PAGE = "/staff/rules.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void aValidChangeIsANewVersionWithItsAuthorAndBadValuesChangeNothing() throws Exception {
    String admin = "rules-" + UUID.randomUUID().toString().substring(0, 6);
    StaffSession.account(admin, "Rules#2026x", "CITY_ADMIN", null);
    StaffSession staff = new StaffSession(base.toString());
    assertThat(staff.signIn(admin, "Rules#2026x").body()).doesNotContain("id=\"staff-login\"");

    String page = staff.get(PAGE).body();
    int version = latestVersion();
    Map<String, String> form = StaffSession.formFields(page, "rules");
    String companion = form.get("rules:companion");
    String spacingField = exitField(page, "ARRIVAL_FROM_RISK_CITY", "spacing");
    String spacing = form.get(spacingField);

    // Out of range, not a number, no reason: messages, and no new version.
    String refused =
        publish(staff, page, Map.of("rules:companion", "0", "rules:reason", "")).body();
    assertThat(refused)
        .contains("enter a whole number from 5 to 240")
        .contains("give a reason of 5 to 300 characters");
    refused =
        publish(
                staff,
                staff.get(PAGE).body(),
                Map.of("rules:lookBack", "abc", "rules:reason", "a valid reason"))
            .body();
    assertThat(refused).contains("Enter a whole number.");
    assertThat(latestVersion()).isEqualTo(version);

    // Unchanged values are not a new version either.
    assertThat(
            publish(staff, staff.get(PAGE).body(), Map.of("rules:reason", "nothing really")).body())
        .contains("Nothing was changed");
    assertThat(latestVersion()).isEqualTo(version);

    int newCompanion = Integer.parseInt(companion) == 45 ? 50 : 45;
    int newSpacing = Integer.parseInt(spacing) == 1 ? 2 : 1;
    String published =
        publish(
                staff,
                staff.get(PAGE).body(),
                Map.of(
                    "rules:companion",
                    Integer.toString(newCompanion),
                    spacingField,
                    Integer.toString(newSpacing),
                    "rules:reason",
                    "Wider companion window for the test"))
            .body();
    assertThat(published).contains("Version " + (version + 1) + " published.");
    assertThat(latestVersion()).isEqualTo(version + 1);
    assertThat(versionRow(published, version + 1))
        .contains(admin)
        .contains("Wider companion window for the test")
        .contains("companionWindowMinutes: " + companion + " → " + newCompanion)
        .contains("ARRIVAL_FROM_RISK_CITY.negativeSpacingHours: " + spacing + " → " + newSpacing);
    try (Connection c = StaffSession.database();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT created_by FROM rule_set_version WHERE version = " + (version + 1))) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo(admin);
    }
    try (Connection c = StaffSession.database();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT reason FROM audit_entry WHERE action = 'rules.publish' AND actor = '"
                        + admin
                        + "'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).contains("companionWindowMinutes");
    }

    // Back to the values other tests expect.
    assertThat(
            publish(
                    staff,
                    staff.get(PAGE).body(),
                    Map.of(
                        "rules:companion",
                        companion,
                        spacingField,
                        spacing,
                        "rules:reason",
                        "Restore after the test"))
                .body())
        .contains("Version " + (version + 2) + " published.");
  }

  private static java.net.http.HttpResponse<String> publish(
      StaffSession staff, String page, Map<String, String> fields) throws Exception {
    return staff.submit(PAGE, page, "rules", "rules:publish", new HashMap<>(fields));
  }

  private static String exitField(String page, String condition, String input) {
    Matcher row = Pattern.compile("<tr id=\"exit-" + condition + "\"[\\s\\S]*?</tr>").matcher(page);
    assertThat(row.find()).as("row of " + condition).isTrue();
    Matcher name =
        Pattern.compile("name=\"(rules:exitRows:\\d+:" + input + ")\"").matcher(row.group());
    assertThat(name.find()).isTrue();
    return name.group(1);
  }

  private static String versionRow(String page, int version) {
    Matcher row =
        Pattern.compile("<tr id=\"version-" + version + "\"[\\s\\S]*?</tr>").matcher(page);
    assertThat(row.find()).as("history row of version " + version).isTrue();
    return row.group();
  }

  private static int latestVersion() throws Exception {
    try (Connection c = StaffSession.database();
        ResultSet r =
            c.createStatement().executeQuery("SELECT MAX(version) FROM rule_set_version")) {
      r.next();
      return r.getInt(1);
    }
  }
}
