package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff tracing page over HTTP: who may open it, that it lists the right people, and that a
 * district officer cannot trace from another district's person (nor probe which ids exist).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffTracingPageIT {

  private static final String YANTA = "610113";
  private static final String XINCHENG = "610102";
  private static final String PASSWORD = "Trace#2026x";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void districtStaffSeeTheCompanionsOfACaseAndOtherRolesAreRefused() throws Exception {
    SecureRandom random = new SecureRandom();
    long companion = 7_000_000_000L + random.nextInt(1_000_000_000);
    long stranger = companion + 1;
    long theCase;
    Instant t = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    try (Connection c = StaffSession.database()) {
      theCase = RiskFixtures.citizens(c, 1, YANTA).get(0);
      long venue = activeVenue(c);
      insert(c, theCase, venue, t);
      insert(c, companion, venue, t.plus(Duration.ofMinutes(12)));
      insert(c, stranger, venue, t.plus(Duration.ofMinutes(45)));
    }

    StaffSession yanta = officer(YANTA);
    HttpResponse<String> page =
        yanta.get("/staff/tracing.xhtml?case=" + theCase + "&days=14&window=30");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"companions\"", Long.toString(companion), "<td>18</td>")
        .doesNotContain(Long.toString(stranger));

    String checker = "tr-check-" + UUID.randomUUID().toString().substring(0, 6);
    StaffSession.account(checker, PASSWORD, "CHECKER", null);
    StaffSession checking = StaffSession.signedIn(base.toString(), checker, PASSWORD);
    assertThat(checking.get("/staff/tracing.xhtml?case=" + theCase).statusCode()).isEqualTo(403);
  }

  @Test
  void anotherDistrictsPersonOrVenueIsRefusedLikeAnUnknownIdAndAudited() throws Exception {
    long foreign;
    long companion = 7_000_000_000L + new SecureRandom().nextInt(1_000_000_000);
    Instant t = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    long unknown;
    try (Connection c = StaffSession.database()) {
      foreign = RiskFixtures.citizens(c, 1, XINCHENG).get(0);
      long venue = activeVenue(c);
      insert(c, foreign, venue, t);
      insert(c, companion, venue, t.plus(Duration.ofMinutes(5)));
      unknown = maxCitizenId(c) + 1_000_000;
    }
    String officer = "tr-" + UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(officer, PASSWORD, "DISTRICT_STAFF", YANTA);
    StaffSession yanta = StaffSession.signedIn(base.toString(), officer, PASSWORD);

    String refusedForeign = body(yanta, "/staff/tracing.xhtml?case=" + foreign + "&window=720");
    assertThat(refusedForeign)
        .contains("id=\"tracing-refused\"")
        .doesNotContain("id=\"companions\"")
        .doesNotContain(Long.toString(companion));
    String refusedContacts = body(yanta, "/staff/tracing.xhtml?contacts=" + foreign);
    String refusedUnknown = body(yanta, "/staff/tracing.xhtml?case=" + unknown + "&window=720");
    assertThat(refusedContacts).contains("id=\"tracing-refused\"");
    assertThat(StaffSession.messages(refusedUnknown))
        .as("an unknown id answers as another district's does")
        .isEqualTo(StaffSession.messages(refusedForeign))
        .isNotEmpty();

    StaffSession own = officer(XINCHENG);
    assertThat(body(own, "/staff/tracing.xhtml?case=" + foreign))
        .contains(Long.toString(companion));

    assertThat(actions(officer))
        .containsExactly(
            "tracing.companions.denied", "tracing.secondary.denied", "tracing.companions.denied");
  }

  @Test
  void badOrTooManyIdsAndOutOfRangeNumbersGetAMessageNotASilentTrace() throws Exception {
    StaffSession yanta = officer(YANTA);
    assertThat(body(yanta, "/staff/tracing.xhtml?contacts=12,abc"))
        .contains("must be numbers")
        .doesNotContain("id=\"tracing-result\"");
    String many =
        LongStream.rangeClosed(1, 501).mapToObj(Long::toString).collect(Collectors.joining(","));
    assertThat(body(yanta, "/staff/tracing.xhtml?contacts=" + many)).contains("At most 500");
    assertThat(body(yanta, "/staff/tracing.xhtml?case=1&window=721")).contains("1 to 720 minutes");
    assertThat(body(yanta, "/staff/tracing.xhtml?case=1&days=0")).contains("1 to 60 days");
  }

  private StaffSession officer(String district) throws Exception {
    String user = "tr-" + UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(user, PASSWORD, "DISTRICT_STAFF", district);
    return StaffSession.signedIn(base.toString(), user, PASSWORD);
  }

  private static String body(StaffSession s, String path) throws Exception {
    HttpResponse<String> r = s.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private static long activeVenue(Connection c) throws Exception {
    try (ResultSet rs =
        c.createStatement().executeQuery("SELECT MIN(id) FROM venue WHERE status = 'ACTIVE'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long maxCitizenId(Connection c) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(id) FROM citizen")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> actions(String actor) throws Exception {
    try (Connection c = StaffSession.database()) {
      return AuditTrail.actions(c, actor, "tracing.");
    }
  }

  private static void insert(Connection c, long citizen, long venue, Instant at) throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO check_in (idempotency_key, citizen_id, venue_id, checked_in_at,"
                + " colour_at_check_in, source) VALUES (?, ?, ?, ?, 'GREEN', 'SCAN')")) {
      insert.setString(1, "page-it:" + citizen + ":" + at);
      insert.setLong(2, citizen);
      insert.setLong(3, venue);
      insert.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }
}
