package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.VaccinationItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A vaccination site's dose: checked here, then handed to the {@link VaccinationIntake}. */
@ApplicationScoped
public class VaccinationHandler implements ItemHandler<VaccinationItem> {

  @Inject VaccinationIntake vaccinations;
  @EJB ItemTransactions items;

  @Override
  public String operation() {
    return "vaccinations";
  }

  @Override
  public List<Object> canonical(VaccinationItem v) {
    return Arrays.asList(
        v.residentId(),
        v.vaccine(),
        v.dose(),
        ItemRules.canonicalTime(v.administeredAt()),
        v.site());
  }

  @Override
  public void handle(ItemRef ref, VaccinationItem v) {
    ResidentId id = ItemRules.person(v.residentId());
    ItemRules.text(v.vaccine(), 80);
    ItemRules.text(v.site(), 80);
    if (v.dose() == null || v.dose() < 1 || v.dose() > 9) {
      throw new ItemRejected(ItemReason.INVALID_DOSE);
    }
    Instant at = ItemRules.time(v.administeredAt(), true);
    items.applyOnce(ref, () -> vaccinations.record(ref, id, at, v));
  }
}
