package com.onecodepass.web.testing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TubeView;
import com.onecodepass.web.audit.boundary.AuditTargets;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.StaffIdentity;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The test-site desk: scan a tube, then scan up to ten people into it. */
@Named
@ViewScoped
public class SampleTubeDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Sampling sampling;
  @Inject transient StaffAudit audit;

  private String barcode;
  private String site;
  private String member;
  private TubeView tube;

  public void open() {
    try {
      tube = sampling.openTube(barcode, site, StaffIdentity.username());
      audit.record("sampling.tube.open", "tube " + tube.barcode(), null);
    } catch (InvalidInputException e) {
      Messages.error("tube:" + e.field(), e.messageKey());
    }
  }

  public void add() {
    try {
      tube = sampling.addToTube(tube.barcode(), member, StaffIdentity.username());
      audit.record(
          "sampling.tube.add", AuditTargets.person(member) + " into tube " + tube.barcode(), null);
      member = null;
    } catch (InvalidInputException e) {
      Messages.error("tube:member", e.messageKey());
    }
  }

  public void next() {
    tube = null;
    barcode = null;
  }

  public String getBarcode() {
    return barcode;
  }

  public void setBarcode(String barcode) {
    this.barcode = barcode;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public TubeView getTube() {
    return tube;
  }
}
