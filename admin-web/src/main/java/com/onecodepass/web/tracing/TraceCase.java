package com.onecodepass.web.tracing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.triprecord.api.Companion;
import com.onecodepass.triprecord.api.Overlap;
import com.onecodepass.triprecord.api.Tracing;
import com.onecodepass.triprecord.api.TracingReport;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(CityClock.ZONE);

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
  @Inject StaffAccess staff;
  @Inject StaffAudit audit;

  private String caseText;
  private String contacts;
  private String daysText;
  private String windowText;
  private TracingReport report;
  private boolean refused;
  private final List<Row> rows = new ArrayList<>();

  /**
   * Runs the trace the URL asks for. The module checks the officer's reach and the bounds and
   * audits; this bean only reads the form and turns refusals into messages.
   */
  @PostConstruct
  void run() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    caseText = p.get("case");
    contacts = p.get("contacts");
    daysText = p.get("days");
    windowText = p.get("window");
    if (blank(caseText) && blank(contacts)) {
      return;
    }
    try {
      TraceForm form = TraceForm.parse(caseText, contacts, daysText, windowText);
      report =
          form.contacts().isEmpty()
              ? tracing.companions(
                  staff.scope(), audit.clientAddress(), form.caseId(), form.days(), form.window())
              : tracing.secondaryContacts(
                  staff.scope(),
                  audit.clientAddress(),
                  form.contacts(),
                  form.caseId() == null ? Set.of() : Set.of(form.caseId()),
                  form.days(),
                  form.window());
    } catch (InvalidInputException e) {
      Messages.error(null, e.messageKey());
      return;
    } catch (NotPermittedException e) {
      refused = true;
      Messages.error(null, e.messageKey());
      return;
    }
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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
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

  public boolean isRefused() {
    return refused;
  }

  public String getCaseId() {
    return caseText;
  }

  public String getContacts() {
    return contacts;
  }

  public String getDays() {
    return blank(daysText) ? Long.toString(TraceForm.DEFAULT_DAYS) : daysText;
  }

  public String getWindow() {
    return blank(windowText) ? Long.toString(TraceForm.DEFAULT_WINDOW) : windowText;
  }
}
