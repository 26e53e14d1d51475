package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.colour.control.HealthRecordStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Colours that change with time alone: quarantines ending, testing intervals running out. Only
 * people with an open condition or in a testing group can be affected, so only they are
 * re-evaluated. Every node runs it; re-evaluation is idempotent and locks per person.
 */
@Singleton
public class TimeBasedTransitions {

  private static final Logger LOG = Logger.getLogger(TimeBasedTransitions.class.getName());

  @Inject HealthRecordStore store;
  @EJB HealthRecords records;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    Set<Long> ids = store.recolouredByTime();
    if (!ids.isEmpty()) {
      int changed = records.reevaluate(ids);
      LOG.info(
          () -> "time-based re-evaluation: " + ids.size() + " people, " + changed + " changed");
    }
  }
}
