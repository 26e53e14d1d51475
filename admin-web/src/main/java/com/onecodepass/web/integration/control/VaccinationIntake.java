package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.web.integration.entity.VaccinationItem;
import java.time.Instant;

/**
 * Where a validated vaccination goes. Runs inside the item's transaction. Today: the durable {@link
 * InboxVaccinationIntake}; once code-issue publishes its vaccination API this becomes one call to
 * it.
 */
public interface VaccinationIntake {

  void record(ItemRef ref, ResidentId person, Instant administeredAt, VaccinationItem item);
}
