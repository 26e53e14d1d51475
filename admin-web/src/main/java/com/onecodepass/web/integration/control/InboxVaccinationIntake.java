package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.web.integration.entity.VaccinationItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Holds vaccinations durably until code-issue's vaccination API exists (see the README). */
@ApplicationScoped
public class InboxVaccinationIntake implements VaccinationIntake {

  @Inject Inbox inbox;

  @Override
  public void record(ItemRef ref, ResidentId person, Instant administeredAt, VaccinationItem item) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("residentId", person.value());
    fields.put("vaccine", item.vaccine());
    fields.put("dose", Integer.toString(item.dose()));
    fields.put("administeredAt", administeredAt.toString());
    fields.put("site", item.site());
    inbox.put("vaccination", ref, fields);
  }
}
