package com.onecodepass.web.audit;

import com.onecodepass.platform.api.Audit;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.web.audit.boundary.AuditSearch;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.audit.entity.AuditFilter;
import com.onecodepass.web.audit.entity.AuditRow;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /staff/audit.xhtml: the audit log, newest first, a page at a time, with filters, CSV export and
 * (city admins) the chain check. What each role may see is decided by {@link AuditSearch}.
 */
@Named
@ViewScoped
public class AuditViewer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId CITY = CityClock.ZONE;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CITY);

  @EJB transient AuditSearch search;
  @Inject StaffAccess staff;
  @Inject StaffAudit audit;
  @Inject DistrictNames districts;

  private String actor;
  private String action;
  private boolean refusalsOnly;
  private String districtCode;
  private String from;
  private String to;
  private String verdict;
  private boolean broken;
  private final Entries entries = new Entries();
  private boolean more;

  /** The paginator's report: "1–25 / 340", or "1–25 / more than 10,000" past the count limit. */
  public String getPageReport() {
    return more
        ? "{startRecord}–{endRecord} / " + Messages.text("audit.moreThan")
        : "{startRecord}–{endRecord} / {totalRecords}";
  }

  /** The table's pages, fetched one at a time (the log grows without bound). */
  public class Entries extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
      try {
        long n = search.count(staff.scope(), filter(), audit.clientAddress());
        more = n > AuditSearch.COUNT_LIMIT;
        return (int) Math.min(AuditSearch.COUNT_LIMIT, n);
      } catch (NotPermittedException e) {
        Messages.error(null, e.messageKey());
        return 0;
      }
    }

    @Override
    public List<AuditRow> load(
        int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> columnFilters) {
      try {
        return search.page(staff.scope(), filter(), first, size, audit.clientAddress());
      } catch (NotPermittedException e) {
        return List.of();
      }
    }

    @Override
    public String getRowKey(AuditRow row) {
      return Long.toString(row.id());
    }

    @Override
    public AuditRow getRowData(String rowKey) {
      return null; // the table has no row selection
    }
  }

  public void exportCsv() throws IOException {
    List<AuditRow> rows;
    try {
      rows = search.export(staff.scope(), filter(), audit.clientAddress());
    } catch (NotPermittedException e) {
      Messages.error(null, e.messageKey());
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
    try (var out = new java.io.OutputStreamWriter(external.getResponseOutputStream(), "UTF-8")) {
      out.write('\uFEFF'); // so spreadsheet programs read the Chinese text as UTF-8
      out.write(AuditCsv.HEADER);
      for (AuditRow r : rows) {
        out.write(AuditCsv.line(r));
      }
    }
    faces.responseComplete();
  }

  public void verify() {
    try {
      Audit.Verdict v = search.verify(staff.scope(), audit.clientAddress());
      broken = !v.intact();
      verdict =
          broken
              ? Messages.text("audit.verify.broken")
                  .replace("{0}", Long.toString(v.firstBrokenId().orElseThrow()))
              : Messages.text("audit.verify.intact").replace("{0}", Long.toString(v.checked()));
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  broken ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO,
                  verdict,
                  null));
    } catch (NotPermittedException e) {
      Messages.error(null, e.messageKey());
    }
  }

  /** The form's fields as a filter; a bad time is dropped with a message, not a 500. */
  AuditFilter filter() {
    return new AuditFilter(
        blank(actor),
        blank(action),
        blank(districtCode),
        time("from", from),
        time("to", to),
        refusalsOnly);
  }

  private static Instant time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(CITY).toInstant();
    } catch (DateTimeParseException e) {
      Messages.error("filter:" + field, "audit.filter.time");
      return null;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public boolean isCityAdmin() {
    return staff.scope().role() == StaffScope.Role.CITY_ADMIN;
  }

  public String when(Instant at) {
    return WHEN.format(at);
  }

  public String district(String code) {
    return code == null ? "" : districts.name(code);
  }

  public List<com.onecodepass.codeissue.api.district.District> getDistricts() {
    return districts.all();
  }

  public Entries getEntries() {
    return entries;
  }

  public String getVerdict() {
    return verdict;
  }

  public boolean isBroken() {
    return broken;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public boolean isRefusalsOnly() {
    return refusalsOnly;
  }

  public void setRefusalsOnly(boolean refusalsOnly) {
    this.refusalsOnly = refusalsOnly;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
