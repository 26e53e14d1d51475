package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * No ID number or mobile number in any URL: URLs end up in access logs, proxies, browser history
 * and Referer headers. A citizen and an officer go through every flow over HTTP while each URL
 * requested, redirected to or linked from a received page is written down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivateUrlsIT {

  private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");
  private static final Pattern HELD_CODE =
      Pattern.compile("href=\"([^\"]*/code\\.xhtml\\?for=\\d+)\"");
  private static final Pattern OPEN_CITIZEN =
      Pattern.compile("href=\"[^\"]*(/staff/citizen\\.xhtml\\?id=\\d+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  private final List<UrlRecorder> recorders = new ArrayList<>();

  @Test
  void noIdNumberOrMobileNumberInAnyUrlOfACitizenOrStaffFlow() throws Exception {
    String residentId = TestPeople.residentId();
    String mobile = TestPeople.mobile();
    String childId = TestPeople.residentId();
    String venueUrl = aVenueUrl();

    StaffSession phone = UrlRecorder.browser(root(), recorders);
    String signInPage = register(phone, residentId, mobile);
    assertThat(signInPage).as("the number is filled in for the new citizen").contains(mobile);
    signIn(phone, "/signin.xhtml", signInPage);
    citizenFlows(phone, childId);
    checkIn(phone, venueUrl);

    // Scanning a venue before signing in: sign-in, then back to the venue.
    StaffSession second = UrlRecorder.browser(root(), recorders);
    String venue = second.page(venueUrl.substring(root().length()));
    Matcher signInLink =
        Pattern.compile(
                "id=\"signin-to-checkin\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"signin-to-checkin\"")
            .matcher(venue);
    assertThat(signInLink.find()).isTrue();
    String link =
        (signInLink.group(1) != null ? signInLink.group(1) : signInLink.group(2))
            .replace("&amp;", "&");
    String path = link.substring(link.indexOf("/signin.xhtml"));
    String page = second.page(path);
    page =
        second.submit(path, page, "signin", "signin:send", Map.of("signin:mobile", mobile)).body();
    signIn(second, path, page);

    staffFlows(residentId, mobile, childId);

    List<String> leaks = new ArrayList<>();
    for (UrlRecorder recorder : recorders) {
      for (String url : recorder.urls()) {
        for (String secret : List.of(residentId, mobile, childId)) {
          if (url.contains(secret)
              || url.contains(URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
            leaks.add(url);
          }
        }
      }
    }
    assertThat(recorders.stream().mapToInt(r -> r.urls().size()).sum()).isGreaterThan(50);
    assertThat(leaks).as("URLs carrying an ID number or mobile number").isEmpty();
  }

  private String register(StaffSession phone, String residentId, String mobile) throws Exception {
    String page = phone.page("/register.xhtml");
    HttpResponse<String> registered =
        phone.submit(
            "/register.xhtml",
            page,
            "register",
            "register:submit",
            Map.of(
                "register:name",
                "宋隐私",
                "register:residentId",
                residentId,
                "register:mobile",
                mobile,
                "register:districtCode",
                "610113"));
    assertThat(registered.uri().getPath()).endsWith("/signin.xhtml");
    return phone
        .submit("/signin.xhtml", registered.body(), "signin", "signin:send", Map.of())
        .body();
  }

  /** Types the code the demo gateway shows; ends on the code page (or where sign-in returns). */
  private static void signIn(StaffSession phone, String path, String pageWithCode)
      throws Exception {
    Matcher code = DEMO_CODE.matcher(pageWithCode);
    assertThat(code.find()).as("a code was sent").isTrue();
    HttpResponse<String> done =
        phone.submit(
            path, pageWithCode, "signin", "signin:submit", Map.of("signin:code", code.group(1)));
    assertThat(done.uri().getPath()).doesNotEndWith("/signin.xhtml");
  }

  private void citizenFlows(StaffSession phone, String childId) throws Exception {
    phone.page("/code.xhtml");
    String declare = phone.page("/me/declare.xhtml");
    phone.submit(
        "/me/declare.xhtml",
        declare,
        "declare",
        "declare:submit",
        Map.of("declare:symptoms", "FEVER"));

    String dependants = phone.page("/me/dependants.xhtml");
    String added =
        phone
            .submit(
                "/me/dependants.xhtml",
                dependants,
                "dependants",
                "dependants:submit",
                Map.of(
                    "dependants:name", "宋小隐",
                    "dependants:residentId", childId,
                    "dependants:relation", "CHILD",
                    "dependants:consent", "on"))
            .body();
    Matcher held = HELD_CODE.matcher(added);
    assertThat(held.find()).as("the dependant is listed").isTrue();
    phone.page(held.group(1).substring(held.group(1).indexOf("/code.xhtml")));

    for (String page :
        List.of(
            "/me/trips.xhtml", "/me/tests.xhtml", "/me/vaccinations.xhtml", "/me/history.xhtml")) {
      assertThat(phone.get(page).statusCode()).isEqualTo(200);
    }
    String appeals = phone.page("/me/appeals.xhtml");
    HttpResponse<String> filed =
        phone.submit(
            "/me/appeals.xhtml",
            appeals,
            "appeal",
            "appeal:submit",
            Map.of("appeal:reason", "DATA_ERROR", "appeal:detail", "已退烧，请复核"));
    assertThat(filed.uri().getQuery()).isEqualTo("filed=true");
  }

  private void checkIn(StaffSession phone, String venueUrl) throws Exception {
    String path = venueUrl.substring(root().length());
    String venue = phone.page(path);
    // The venue link forwards to the check-in page; its form posts there, as a browser's would.
    HttpResponse<String> done =
        phone.submit("/checkin.xhtml", venue, "checkin", "checkin:submit", Map.of());
    assertThat(done.uri().getPath()).endsWith("/me/checked-in.xhtml");
  }

  private void staffFlows(String residentId, String mobile, String childId) throws Exception {
    StaffSession yanta = UrlRecorder.browser(root(), recorders);
    yanta.signIn("yanta", "Staff#2026");
    yanta.page("/staff/index.xhtml");
    for (String query : List.of(mobile, residentId, childId)) {
      String found = CitizenLookupIT.lookUp(yanta, query);
      assertThat(found).contains("id=\"citizen-card\"");
      yanta.submit(
          "/staff/citizen.xhtml",
          found,
          "unmask",
          "unmask:show",
          Map.of("unmask:reason", "URL 检查"));
    }
    String several = yanta.page("/staff/citizen.xhtml");
    Matcher open = OPEN_CITIZEN.matcher(several);
    if (open.find()) {
      yanta.page(open.group(1));
    }
    String lab = yanta.page("/staff/lab-results.xhtml");
    yanta.submit(
        "/staff/lab-results.xhtml",
        lab,
        "individual",
        "individual:submit",
        Map.of(
            "individual:residentId", residentId,
            "individual:result", "NEGATIVE",
            "individual:lab", "隐私检查实验室"));
    for (String page :
        List.of(
            "/staff/appeals.xhtml",
            "/staff/cases.xhtml",
            "/staff/overrides.xhtml",
            "/staff/audit.xhtml",
            "/staff/venues.xhtml",
            "/staff/dashboard.xhtml")) {
      assertThat(yanta.get(page).statusCode()).isEqualTo(200);
    }
  }

  private String aVenueUrl() throws Exception {
    StaffSession admin = UrlRecorder.browser(root(), recorders);
    admin.signIn("admin", "Admin#2026");
    Matcher active =
        VenueCheckInBrowserIT.ACTIVE_VENUE.matcher(admin.page("/staff/venues.xhtml?status=ACTIVE"));
    assertThat(active.find()).as("an active venue in the list").isTrue();
    Matcher url =
        VenueCheckInBrowserIT.VENUE_URL.matcher(
            admin.page("/staff/venue.xhtml?id=" + active.group(1)));
    assertThat(url.find()).isTrue();
    return url.group(1);
  }

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }
}
