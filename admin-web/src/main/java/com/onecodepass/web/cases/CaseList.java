package com.onecodepass.web.cases;

import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.CaseView;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.PendingPositive;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * /staff/cases.xhtml: positives awaiting a decision, marking a case by resident ID, and the cases
 * in the officer's reach. Marking leads straight to the case page.
 */
@Named
@RequestScoped
public class CaseList {

  @EJB Cases cases;
  @Inject CaseDesk desk;
  @Inject DistrictNames districts;

  private String residentId;
  private CaseSource source = CaseSource.LAB_POSITIVE;
  private String note;
  private List<PendingPositive> positives;
  private List<CaseView> list;

  public String mark() {
    CaseView marked =
        desk.attempt(
            () -> cases.markByResidentId(desk.who(), desk.from(), residentId, source, note));
    return marked == null ? null : open(marked);
  }

  public String markPending(long citizenId) {
    CaseView marked =
        desk.attempt(
            () -> cases.mark(desk.who(), desk.from(), citizenId, CaseSource.LAB_POSITIVE, null));
    return marked == null ? null : open(marked);
  }

  private static String open(CaseView c) {
    return "/staff/case.xhtml?faces-redirect=true&id=" + c.id();
  }

  public List<PendingPositive> getPositives() {
    if (positives == null) {
      positives = desk.attempt(() -> cases.pendingPositives(desk.who(), desk.from()));
      positives = positives == null ? List.of() : positives;
    }
    return positives;
  }

  public List<CaseView> getCases() {
    if (list == null) {
      list = desk.attempt(() -> cases.list(desk.who(), desk.from(), 200));
      list = list == null ? List.of() : list;
    }
    return list;
  }

  public String district(String code) {
    return districts.name(code);
  }

  public String when(Instant at) {
    return CaseDesk.when(at);
  }

  public CaseSource[] getSources() {
    return CaseSource.values();
  }

  public String getResidentId() {
    return residentId;
  }

  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  public CaseSource getSource() {
    return source;
  }

  public void setSource(CaseSource source) {
    this.source = source;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
