package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.rules.HealthRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "My colour history": when the code changed and the category of the reason. Rule codes, sources,
 * officers and details are for staff only and are not carried into this page's model.
 */
@Named
@RequestScoped
public class MyHistory {

  /** One change as a citizen may see it. */
  public record Row(String at, String from, String to, String category) {}

  @EJB HealthRecords records;
  @Inject CitizenSession session;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          records.history(session.getCitizenId()).stream()
              .map(
                  c ->
                      new Row(
                          CitizenTime.format(c.at()),
                          c.from() == null ? "none" : c.from().name().toLowerCase(),
                          c.to().name().toLowerCase(),
                          c.reasonCategory()))
              .toList();
    }
    return rows;
  }
}
