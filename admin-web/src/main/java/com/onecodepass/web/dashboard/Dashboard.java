package com.onecodepass.web.dashboard;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.district.District;
import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.dashboard.boundary.DashboardService;
import com.onecodepass.web.dashboard.entity.DashboardRefused;
import com.onecodepass.web.dashboard.entity.DashboardView;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard page: figures, two Chart.js charts (as JSON for {@code p:chart}) and links to the
 * CSV exports. A GET form picks the district, so every view is a plain bookmarkable URL.
 */
@Named
@RequestScoped
public class Dashboard {

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(HourWindows.CITY_ZONE);

  private static final DateTimeFormatter HOUR_LABEL =
      DateTimeFormatter.ofPattern("HH:00").withZone(HourWindows.CITY_ZONE);

  private static final String[] COLOUR_CSS = {"#2e9d4a", "#e0a800", "#d32f2f"};

  @EJB DashboardService service;
  @Inject StaffAccess access;
  @Inject DistrictNames districtNames;
  @Inject HttpServletRequest request;

  private StaffScope scope;
  private String requested;
  private DashboardView view;

  @PostConstruct
  void load() {
    scope = access.scope();
    requested = request.getParameter("district");
    try {
      view = service.show(scope, requested, ClientAddress.of(request));
    } catch (DashboardRefused e) {
      Messages.error(null, e.messageKey());
    }
  }

  public boolean isShown() {
    return view != null;
  }

  public DashboardView getView() {
    return view;
  }

  public boolean isCityAdmin() {
    return scope.role() == StaffScope.Role.CITY_ADMIN;
  }

  public List<District> getChoices() {
    return service.choices(scope);
  }

  public String getSelected() {
    return view == null ? requested : view.districtCode();
  }

  /** "Xi'an (all districts)" or the district's name. */
  public String getTitle() {
    return view == null || view.districtCode() == null
        ? Messages.text("dashboard.city")
        : districtNames.name(view.districtCode());
  }

  public String getAsOf() {
    return view == null || view.asOf() == null
        ? Messages.text("dashboard.notYet")
        : AS_OF.format(view.asOf());
  }

  /** The last reconciliation of the colour counters: when, and whether they matched a recount. */
  public String getCountCheck() {
    DistrictSnapshot.CountCheck check = view == null ? null : view.figures().countCheck();
    String colours =
        check == null
            ? Messages.text("dashboard.countCheck.none")
            : AS_OF.format(check.at()) + " — " + verdict(check.drift());
    return colours
        + "; "
        + Messages.text("dashboard.countCheck.checkIns")
        + " "
        + verdict(view == null ? 0 : view.checkInDrift());
  }

  private static String verdict(long drift) {
    return drift == 0
        ? Messages.text("dashboard.countCheck.exact")
        : Messages.text("dashboard.countCheck.drift") + " " + drift;
  }

  public long getRegistered() {
    return view.figures().registered();
  }

  public List<DashboardTables.ColourRow> getColours() {
    return DashboardTables.colours(view);
  }

  public List<DistrictSnapshot.TestWindow> getTests() {
    return DashboardTables.tests(view);
  }

  public List<DashboardTables.HourRow> getHours() {
    return DashboardTables.hours(view);
  }

  public long getCheckIns24h() {
    return view.checkInsPerHour().stream().mapToLong(h -> h.count()).sum();
  }

  public String csvUrl(String table) {
    return request.getContextPath()
        + "/staff/dashboard.csv?table="
        + table
        + (view.districtCode() == null ? "" : "&district=" + view.districtCode());
  }

  public String colourName(CodeColour colour) {
    return Messages.text("colour." + colour.name().toLowerCase(Locale.ROOT));
  }

  /** People by colour as a Chart.js doughnut. */
  public String getColourChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (DashboardTables.ColourRow r : getColours()) {
      labels.add(colourName(r.colour()));
      data.add(r.people());
      colours.add(COLOUR_CSS[r.colour().ordinal()]);
    }
    return chart("doughnut", labels, "dashboard.people", data, colours.build(), null);
  }

  /** Check-ins in each of the last 24 hours as a Chart.js bar chart. */
  public String getHourChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    view.checkInsPerHour()
        .forEach(
            h -> {
              labels.add(HOUR_LABEL.format(h.hour()));
              data.add(h.count());
            });
    JsonObject scales =
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("beginAtZero", true))
            .build();
    return chart("bar", labels, "dashboard.checkIns", data, Json.createValue("#1565c0"), scales);
  }

  /** A Chart.js configuration with one data set, no animation, sized by its container. */
  private static String chart(
      String type,
      JsonArrayBuilder labels,
      String labelKey,
      JsonArrayBuilder data,
      JsonValue background,
      JsonObject scales) {
    JsonObjectBuilder options =
        Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false);
    if (scales != null) {
      options.add("scales", scales);
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", Messages.text(labelKey))
            .add("data", data)
            .add("backgroundColor", background);
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build()
        .toString();
  }

  public String districtName(String code) {
    return districtNames.name(code);
  }
}
