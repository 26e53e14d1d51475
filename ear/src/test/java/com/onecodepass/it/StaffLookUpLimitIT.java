package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, shared limits: a staff account's citizen look-ups are limited per minute (30 by default,
 * counted in the cluster-wide rate-limit cache). Past the limit the page reads nobody's record,
 * says so in the officer's language and audits the refusal; other accounts are unaffected.
 *
 * <p>Uses the demo account {@code xincheng}, which no other test signs in with, so exhausting its
 * window cannot refuse another test's look-up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffLookUpLimitIT {

  private static final int LIMIT = 30;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void lookUpsBeyondTheLimitAreRefusedInTheOfficersLanguageAndAudited() throws Exception {
    StaffSession xincheng = StaffSession.signedIn(root(), "xincheng", "Staff#2026");
    long auditBefore = CitizenLookupIT.lastAuditId();
    String page = "";
    int looked = 0;
    // The window is a calendar minute: at most LIMIT look-ups pass in it, the next is refused.
    // Bounded by two windows, in case the minute turns during the loop.
    while (looked <= 2 * LIMIT && !page.contains("Too many look-ups")) {
      page = CitizenLookupIT.lookUp(xincheng, "13800000000");
      looked++;
    }
    assertThat(page)
        .as("refused after at most %d look-ups", LIMIT)
        .contains("Too many look-ups from your account: at most " + LIMIT + " a minute")
        .doesNotContain("id=\"citizen-card\"")
        .doesNotContain("id=\"nobody\"");
    xincheng.language = "zh-CN,zh;q=0.9";
    assertThat(CitizenLookupIT.lookUp(xincheng, "13800000000"))
        .contains("您的账号查询过于频繁")
        .doesNotContain("id=\"citizen-card\"");
    assertThat(limitedEntriesSince(auditBefore, "xincheng")).isGreaterThanOrEqualTo(2);

    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    assertThat(CitizenLookupIT.lookUp(yanta, "13800000000")).doesNotContain("Too many look-ups");
  }

  private static int limitedEntriesSince(long auditId, String actor) throws Exception {
    try (Connection c = CitizenLookupIT.db();
        PreparedStatement count =
            c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE id > ? AND actor = ?"
                    + " AND action = 'citizen.lookup.limited'")) {
      count.setLong(1, auditId);
      count.setString(2, actor);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
