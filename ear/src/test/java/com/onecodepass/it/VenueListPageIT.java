package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * The venue list page an officer uses: a search and status filter sent as a link, a pager, and a
 * hand-edited link answered with a message instead of an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenueListPageIT {

  private static final Pattern ROW_STATUS = Pattern.compile("class=\"status-([A-Z]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @Test
  void theStatusFilterShowsOnlyThatStatusAndKeepsItSelected() throws Exception {
    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    String page = admin.page("/staff/venues.xhtml?status=ACTIVE");
    assertThat(page).contains("id=\"venue-filter\"", "<label for=\"venue-q\">");
    Matcher status = ROW_STATUS.matcher(page);
    int rows = 0;
    while (status.find()) {
      assertThat(status.group(1)).isEqualTo("ACTIVE");
      rows++;
    }
    assertThat(rows).as("the demo city has active venues").isPositive();
    assertThat(page).containsPattern("<option value=\"ACTIVE\" selected=\"selected\">");
    assertThat(page).doesNotContainPattern("<option value=\"PENDING\" selected");
  }

  @Test
  void aSearchWithNoMatchSaysSoAndABrokenPageLinkShowsTheNewest() throws Exception {
    StaffSession yanta = StaffSession.signedIn(root(), "yanta", "Staff#2026");
    String none = yanta.page("/staff/venues.xhtml?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AAzz9");
    assertThat(none).contains("id=\"venues:no-venues\"", "No venue matches");
    assertThat(none).doesNotContain("venue-row", "id=\"next-page\"");

    StaffSession admin = StaffSession.signedIn(root(), "admin", "Admin#2026");
    var broken = admin.get("/staff/venues.xhtml?before=not-a-number");
    assertThat(broken.statusCode()).isEqualTo(200);
    assertThat(broken.body())
        .contains("This page link is not valid")
        .contains("venue-row")
        .doesNotContain("NumberFormatException", "at com.onecodepass");
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
