package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.web.integration.entity.TripItem;
import java.time.Instant;

/**
 * Where a validated transit trip goes. Runs inside the item's transaction. Today: the durable
 * {@link InboxTripIntake}; once trip-record publishes its transit API this becomes one call to it.
 */
public interface TripIntake {

  void record(ItemRef ref, ResidentId person, Instant boardedAt, Instant alightedAt, TripItem item);
}
