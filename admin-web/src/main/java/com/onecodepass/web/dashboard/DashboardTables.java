package com.onecodepass.web.dashboard;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.platform.api.HourWindows;
import com.onecodepass.web.dashboard.entity.DashboardView;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A dashboard's three tables as rows, the same for the page and its CSV export. */
public final class DashboardTables {

  static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00").withZone(HourWindows.CITY_ZONE);

  public record ColourRow(CodeColour colour, long people, long changeToday, double share) {}

  public record HourRow(String hour, long checkIns) {}

  private DashboardTables() {}

  public static List<ColourRow> colours(DashboardView view) {
    DistrictSnapshot f = view.figures();
    long registered = f.registered();
    return Arrays.stream(CodeColour.values())
        .map(
            c ->
                new ColourRow(
                    c,
                    f.people().getOrDefault(c, 0L),
                    f.changedToday().getOrDefault(c, 0L),
                    HourWindows.percent(f.people().getOrDefault(c, 0L), registered)))
        .toList();
  }

  public static List<DistrictSnapshot.TestWindow> tests(DashboardView view) {
    return view.figures().tests();
  }

  public static List<HourRow> hours(DashboardView view) {
    return view.checkInsPerHour().stream()
        .map(h -> new HourRow(HOUR.format(h.hour()), h.count()))
        .toList();
  }

  /** One table as CSV (RFC 4180, CRLF), with headers in the bundle's language. */
  public static String csv(String table, DashboardView view, ResourceBundle text) {
    StringBuilder out = new StringBuilder();
    String district = view.districtCode() == null ? "city" : view.districtCode();
    switch (table) {
      case "colours" -> {
        line(
            out,
            text,
            "dashboard.district",
            "dashboard.colour",
            "dashboard.people",
            "dashboard.changeToday",
            "dashboard.share");
        for (ColourRow r : colours(view)) {
          row(
              out,
              district,
              text.getString("colour." + r.colour().name().toLowerCase(Locale.ROOT)),
              r.people(),
              r.changeToday(),
              r.share());
        }
      }
      case "tests" -> {
        line(
            out,
            text,
            "dashboard.district",
            "dashboard.window",
            "dashboard.tests",
            "dashboard.peopleTested",
            "dashboard.registered",
            "dashboard.coverage");
        for (DistrictSnapshot.TestWindow w : tests(view)) {
          row(
              out,
              district,
              w.hours(),
              w.tests(),
              w.peopleTested(),
              w.registered(),
              w.coveragePercent());
        }
      }
      case "hours" -> {
        line(out, text, "dashboard.district", "dashboard.hour", "dashboard.checkIns");
        for (HourRow r : hours(view)) {
          row(out, district, r.hour(), r.checkIns());
        }
      }
      default -> throw new IllegalArgumentException("unknown table " + table);
    }
    return out.toString();
  }

  public static boolean isTable(String table) {
    return List.of("colours", "tests", "hours").contains(table);
  }

  private static void line(StringBuilder out, ResourceBundle text, String... keys) {
    row(out, Arrays.stream(keys).map(text::getString).toArray());
  }

  private static void row(StringBuilder out, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(String.valueOf(cells[i])));
    }
    out.append("\r\n");
  }

  /** Quotes what needs it; a leading =, + or @ is defused (no formulas; "-" starts our numbers). */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
