package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The risk-area form over HTTP, as a browser posts it: an area of kind VENUES is created from the
 * venues ticked, and a venue of another district among them is refused with a message and audited
 * rather than dropped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskAreaFormIT {

  private static final String PASSWORD = "Risk#2026x";
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void aVenuesAreaIsCreatedFromTheFormAndAnotherDistrictsVenueIsRefusedWithAMessage()
      throws Exception {
    long own;
    long foreign;
    try (Connection c = StaffSession.database()) {
      own = RiskFixtures.venue(c, "表单小区", "610113");
      foreign = RiskFixtures.venue(c, "表单小区", "610102");
    }
    String officer = "rf-" + UUID.randomUUID().toString().substring(0, 8);
    StaffSession.account(officer, PASSWORD, "DISTRICT_STAFF", "610113");
    StaffSession yanta = StaffSession.signedIn(base.toString(), officer, PASSWORD);

    String created = "场所区域 " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> ok = define(yanta, created, List.of(own));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).doesNotContain("ClassCastException").contains(created);
    assertThat(venuesOf(created)).containsExactly(own);

    String refused = "场所区域 " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> answer = define(yanta, refused, List.of(own, foreign));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("Not permitted: you can only manage risk areas in your own district");
    assertThat(venuesOf(refused)).as("nothing stored, no venue dropped").isEmpty();
    assertThat(areaCount(refused)).isZero();
    try (Connection c = StaffSession.database()) {
      assertThat(AuditTrail.actions(c, officer, "risk-area."))
          .containsExactly("risk-area.create", "risk-area.denied");
    }
  }

  /** Posts the define form with kind VENUES and the given venues ticked (a full, non-Ajax post). */
  private static HttpResponse<String> define(StaffSession staff, String name, List<Long> venues)
      throws Exception {
    String page = staff.page("/staff/risk-areas.xhtml");
    Map<String, String> fields = StaffSession.formFields(page, "define");
    fields.put("define:name", name);
    fields.put("define:kind", "VENUES");
    fields.put("define:create", "x");
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        fields.entrySet().stream()
                .map(e -> StaffSession.enc(e.getKey()) + "=" + StaffSession.enc(e.getValue()))
                .collect(Collectors.joining("&"))
            + venues.stream()
                .map(v -> "&" + StaffSession.enc("define:venues") + "=" + v)
                .collect(Collectors.joining());
    return staff.postRaw("/staff/risk-areas.xhtml", body);
  }

  private static List<Long> venuesOf(String name) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection c = StaffSession.database();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT v.venue_id FROM risk_area a JOIN risk_area_venue v ON v.area_id = a.id"
                    + " WHERE a.name = ? ORDER BY v.venue_id")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private static long areaCount(String name) throws Exception {
    return count("SELECT COUNT(*) FROM risk_area WHERE name = ?", name);
  }

  private static long count(String sql, String value) throws Exception {
    try (Connection c = StaffSession.database();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
