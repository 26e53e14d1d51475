package com.onecodepass.web.tracing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.triprecord.api.tracing.Companion;
import com.onecodepass.triprecord.api.tracing.Overlap;
import com.onecodepass.triprecord.api.tracing.TraceRequest;
import com.onecodepass.triprecord.api.tracing.Tracing;
import com.onecodepass.triprecord.api.tracing.TracingReport;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

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
  @Inject HttpServletRequest request;

  private TraceRequest typed;
  private TracingReport report;
  private boolean refused;
  private final List<Row> rows = new ArrayList<>();

  /**
   * Runs the trace the URL asks for. The module reads the form, checks the officer's reach and the
   * bounds and audits; this bean only keeps what was typed and turns refusals into messages.
   */
  @PostConstruct
  void run() {
    typed =
        new TraceRequest(
            request.getParameter("case"),
            request.getParameter("contacts"),
            request.getParameter("days"),
            request.getParameter("window"));
    if (typed.isEmpty()) {
      return;
    }
    try {
      report = tracing.trace(staff.scope(), ClientAddress.of(request), typed);
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
    return typed.caseId();
  }

  public String getContacts() {
    return typed.contacts();
  }

  public String getDays() {
    return blank(typed.days()) ? Long.toString(TraceRequest.DEFAULT_DAYS) : typed.days();
  }

  public String getWindow() {
    return blank(typed.window()) ? Long.toString(TraceRequest.DEFAULT_WINDOW) : typed.window();
  }
}
