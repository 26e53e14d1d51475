package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.rules.HealthRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My test results", newest first, each with its age bucket. */
@Named
@RequestScoped
public class MyTests {

  /** One row of the page. */
  public record Row(String sampled, String resulted, String result, String lab, String ageKey) {}

  @EJB HealthRecords records;
  @Inject CitizenSession session;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          records.testResults(session.getCitizenId()).stream()
              .map(
                  t ->
                      new Row(
                          CitizenTime.format(t.sampleTime()),
                          CitizenTime.format(t.resultTime()),
                          t.result().name(),
                          t.lab(),
                          TestAge.keyFor(t.sampleTime())))
              .toList();
    }
    return rows;
  }
}
