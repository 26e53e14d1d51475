package com.onecodepass.web.tracing;

import com.onecodepass.triprecord.api.Companion;
import com.onecodepass.triprecord.api.Overlap;
import com.onecodepass.triprecord.api.Tracing;
import com.onecodepass.triprecord.api.TracingReport;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spatio-temporal tracing for district staff and city admins (web.xml restricts the page): the
 * companions of a case, or one level further, the companions of given close contacts. People are
 * shown by citizen id only; names stay in code-issue.
 */
@Named
@RequestScoped
public class TraceCase {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** One overlap as a table row. */
  public record Row(
      long citizenId,
      String venue,
      String district,
      String sourceAt,
      String otherAt,
      long minutes,
      long via) {}

  @EJB Tracing tracing;
  @Inject DistrictNames districts;
  @Inject StaffAudit audit;

  private Long caseId;
  private String contacts;
  private int days = 14;
  private int window = 30;
  private TracingReport report;
  private final List<Row> rows = new ArrayList<>();

  @PostConstruct
  void run() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    days = bounded(p.get("days"), 14, 1, 60);
    window = bounded(p.get("window"), 30, 1, 720);
    caseId = parse(p.get("case"));
    contacts = p.get("contacts");
    List<Long> contactIds =
        contacts == null
            ? List.of()
            : Arrays.stream(contacts.split("[,\\s]+"))
                .map(TraceCase::parse)
                .filter(java.util.Objects::nonNull)
                .limit(500)
                .toList();
    if (!contactIds.isEmpty()) {
      report =
          tracing.secondaryContacts(
              contactIds,
              caseId == null ? Set.of() : Set.of(caseId),
              Duration.ofDays(days),
              Duration.ofMinutes(window));
    } else if (caseId != null) {
      report = tracing.companions(caseId, Duration.ofDays(days), Duration.ofMinutes(window));
    }
    if (report != null) {
      audit.record(
          "tracing.run",
          (caseId == null ? "" : "case #" + caseId + " ") + "contacts " + contactIds.size(),
          null);
    }
    if (report != null) {
      for (Companion c : report.companions()) {
        for (Overlap o : c.overlaps()) {
          rows.add(
              new Row(
                  c.citizenId(),
                  o.venueName(),
                  districts.name(o.districtCode()),
                  WHEN.format(o.sourceAt()),
                  WHEN.format(o.companionAt()),
                  o.overlapMinutes(),
                  o.sourceCitizenId()));
        }
      }
    }
  }

  private static Long parse(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int bounded(String s, int fallback, int min, int max) {
    Long v = parse(s);
    return v == null ? fallback : (int) Math.max(min, Math.min(max, v));
  }

  public boolean isRan() {
    return report != null;
  }

  public TracingReport getReport() {
    return report;
  }

  public int getPeople() {
    return report == null ? 0 : report.companions().size();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getContacts() {
    return contacts;
  }

  public int getDays() {
    return days;
  }

  public int getWindow() {
    return window;
  }
}
