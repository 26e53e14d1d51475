package com.onecodepass.web.cases;

import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.cases.TraceRunView;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /staff/case.xhtml?id=: one case, its kept trace runs and the officer's decisions. View scoped:
 * the tables' filters and selections are submitted against the rows the officer was shown.
 */
@Named
@ViewScoped
public class CaseDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Cases cases;
  @Inject CaseDesk desk;
  @Inject DistrictNames districts;

  private Long id;
  private CaseView theCase;
  private TraceRunView closeRun;
  private TraceRunView secondaryRun;
  private List<ContactRow> closeRows = List.of();
  private List<ContactRow> secondaryRows = List.of();
  private List<ContactRow> selectedClose = new ArrayList<>();
  private List<ContactRow> selectedSecondary = new ArrayList<>();
  private List<ContactRow> filteredClose;
  private List<ContactRow> filteredSecondary;
  private int days = 14;
  private int window = 30;

  /** f:viewAction on the first request; postbacks keep what it loaded. */
  public void load() {
    if (id == null) {
      Messages.error(null, "cases.unknownCase");
      return;
    }
    refresh();
  }

  private void refresh() {
    theCase = desk.attempt(() -> cases.find(desk.who(), desk.from(), id));
    if (theCase == null) {
      return;
    }
    closeRun = latest(ContactKind.CLOSE);
    secondaryRun = latest(ContactKind.SECONDARY);
    closeRows = rows(closeRun);
    secondaryRows = rows(secondaryRun);
    selectedClose = new ArrayList<>();
    selectedSecondary = new ArrayList<>();
    filteredClose = null;
    filteredSecondary = null;
  }

  private TraceRunView latest(ContactKind kind) {
    var run = desk.attempt(() -> cases.latestRun(desk.who(), desk.from(), id, kind));
    return run == null ? null : run.orElse(null);
  }

  private List<ContactRow> rows(TraceRunView run) {
    return run == null
        ? List.of()
        : run.people().stream().map(p -> new ContactRow(p, districts::name)).toList();
  }

  public void trace() {
    if (theCase != null
        && desk.attempt(() -> cases.trace(desk.who(), desk.from(), id, days, window)) != null) {
      refresh();
    }
  }

  public void traceSecondary() {
    if (theCase != null
        && desk.attempt(
                () -> cases.traceSecondary(desk.who(), desk.from(), id, List.of(), days, window))
            != null) {
      refresh();
    }
  }

  public void confirmClose() {
    confirm(closeRun, selectedClose);
  }

  public void confirmSecondary() {
    confirm(secondaryRun, selectedSecondary);
  }

  private void confirm(TraceRunView run, List<ContactRow> selected) {
    if (theCase == null || run == null) {
      return;
    }
    List<Long> people = selected.stream().map(ContactRow::getCitizenId).toList();
    Integer done = desk.attempt(() -> cases.confirm(desk.who(), desk.from(), id, run.id(), people));
    if (done != null) {
      CaseDesk.info(Messages.text("cases.confirmed").replace("{0}", Integer.toString(done)));
      refresh();
    }
  }

  /** PrimeFaces filterFunction: at least the typed number of overlap minutes. */
  public boolean atLeastMinutes(Object value, Object filter, Locale locale) {
    if (filter == null || filter.toString().isBlank()) {
      return true;
    }
    try {
      return ((Number) value).longValue() >= Long.parseLong(filter.toString().strip());
    } catch (NumberFormatException e) {
      return true;
    }
  }

  public String when(Instant at) {
    return CaseDesk.when(at);
  }

  public String district(String code) {
    return districts.name(code);
  }

  public boolean isFound() {
    return theCase != null;
  }

  public CaseView getTheCase() {
    return theCase;
  }

  public TraceRunView getCloseRun() {
    return closeRun;
  }

  public TraceRunView getSecondaryRun() {
    return secondaryRun;
  }

  public List<ContactRow> getCloseRows() {
    return closeRows;
  }

  public List<ContactRow> getSecondaryRows() {
    return secondaryRows;
  }

  public List<ContactRow> getSelectedClose() {
    return selectedClose;
  }

  public void setSelectedClose(List<ContactRow> selectedClose) {
    this.selectedClose = selectedClose == null ? new ArrayList<>() : selectedClose;
  }

  public List<ContactRow> getSelectedSecondary() {
    return selectedSecondary;
  }

  public void setSelectedSecondary(List<ContactRow> selectedSecondary) {
    this.selectedSecondary = selectedSecondary == null ? new ArrayList<>() : selectedSecondary;
  }

  public List<ContactRow> getFilteredClose() {
    return filteredClose;
  }

  public void setFilteredClose(List<ContactRow> filteredClose) {
    this.filteredClose = filteredClose;
  }

  public List<ContactRow> getFilteredSecondary() {
    return filteredSecondary;
  }

  public void setFilteredSecondary(List<ContactRow> filteredSecondary) {
    this.filteredSecondary = filteredSecondary;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public int getWindow() {
    return window;
  }

  public void setWindow(int window) {
    this.window = window;
  }
}
