package com.onecodepass.web.testing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.LabResults;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Manual entry of single results for labs without an integration (bulk import is separate). Who may
 * record for whom is the import's rule, decided and audited by {@link LabResults}.
 */
@Named
@RequestScoped
public class LabResultEntry {

  private static final ZoneId CITY = CityClock.ZONE;

  @EJB LabResults labResults;
  @Inject StaffAccess staff;
  @Inject StaffAudit audit;

  private String tubeBarcode;
  private String residentId;
  private String sampleTime;
  private TestOutcome result;
  private String lab;

  public void recordTube() {
    try {
      var tube =
          labResults.recordTube(staff.scope(), audit.clientAddress(), tubeBarcode, result, lab);
      done("lab.tubeRecorded", tube.members().size());
    } catch (InvalidInputException e) {
      Messages.error("tubeResult:" + e.field(), e.messageKey());
    } catch (NotPermittedException e) {
      Messages.error(null, e.messageKey());
    }
  }

  public void recordIndividual() {
    try {
      labResults.recordIndividual(
          staff.scope(), audit.clientAddress(), residentId, result, parseSampleTime(), lab);
      done("lab.individualRecorded", 1);
    } catch (InvalidInputException e) {
      Messages.error("individual:" + e.field(), e.messageKey());
    } catch (NotPermittedException e) {
      Messages.error(null, e.messageKey());
    }
  }

  private Instant parseSampleTime() {
    if (sampleTime == null || sampleTime.isBlank()) {
      return Instant.now();
    }
    try {
      return LocalDateTime.parse(sampleTime).atZone(CITY).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("sampleTime", "test.times", "use the date picker");
    }
  }

  private static void done(String key, int people) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                Messages.text(key).replace("{0}", Integer.toString(people)),
                null));
  }

  public TestOutcome[] getOutcomes() {
    return TestOutcome.values();
  }

  public String getTubeBarcode() {
    return tubeBarcode;
  }

  public void setTubeBarcode(String tubeBarcode) {
    this.tubeBarcode = tubeBarcode;
  }

  public String getResidentId() {
    return residentId;
  }

  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  public String getSampleTime() {
    return sampleTime;
  }

  public void setSampleTime(String sampleTime) {
    this.sampleTime = sampleTime;
  }

  public TestOutcome getResult() {
    return result;
  }

  public void setResult(TestOutcome result) {
    this.result = result;
  }

  public String getLab() {
    return lab;
  }

  public void setLab(String lab) {
    this.lab = lab;
  }
}
