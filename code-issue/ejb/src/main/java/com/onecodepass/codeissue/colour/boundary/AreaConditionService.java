package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.codeissue.api.rules.AreaConditions;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.colour.control.AreaConditionStore;
import com.onecodepass.codeissue.colour.control.ConditionForecast;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conditions from one decision over many people. Reads and writes go by chunks of ids ({@code in}
 * lists of at most {@link #CHUNK}), a handful of statements per chunk plus the per-person
 * re-evaluation when recording.
 */
@Stateless
public class AreaConditionService implements AreaConditions {

  static final int CHUNK = 1000;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject AreaConditionStore store;
  @Inject RuleSets ruleSets;
  @Inject Recolouring recolouring;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ColourForecast forecast(
      ConditionType type, String sourceRef, Map<CitizenId, Instant> people) {
    Map<Long, Instant> firstVisits = raw(people);
    List<Long> ids = new ArrayList<>(firstVisits.keySet());
    ColourForecast total = ColourForecast.NONE;
    Instant now = Instant.now();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      total =
          total.plus(
              ConditionForecast.forecast(
                  ruleSets.active(), store.people(chunk, sourceRef, firstVisits, now), type, now));
    }
    return total;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Recorded record(
      ConditionType type,
      String sourceRef,
      Map<CitizenId, Instant> people,
      String staffId,
      String note) {
    Map<Long, Instant> firstVisits = raw(people);
    if (type == null || type == ConditionType.PERIODIC_TEST_OVERDUE || sourceRef == null) {
      throw new IllegalArgumentException("a recordable condition and a source are required");
    }
    List<Long> ids = firstVisits.keySet().stream().sorted().toList();
    String shortNote = note == null || note.length() <= 300 ? note : note.substring(0, 300);
    int recorded = 0;
    int recoloured = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      // Locked, then checked: a second run of the same batch, on this node or another, finds the
      // conditions the first one committed.
      List<Long> present = store.lockPresent(chunk);
      Set<Long> already = store.holders(sourceRef, chunk);
      List<Long> fresh = present.stream().filter(id -> !already.contains(id)).toList();
      for (long id : fresh) {
        em.persist(
            new HealthCondition(
                id,
                type,
                firstVisits.get(id),
                ConditionSource.RISK_AREA,
                sourceRef,
                staffId,
                shortNote));
      }
      em.flush();
      recoloured += recolouring.reevaluateAll(fresh, ColourChange.Source.RULE, staffId, shortNote);
      recorded += fresh.size();
    }
    return new Recorded(recorded, recoloured);
  }

  /** The store and the conditions count in plain numbers (the column type). */
  private static Map<Long, Instant> raw(Map<CitizenId, Instant> people) {
    Map<Long, Instant> raw = new HashMap<>(people.size() * 2);
    people.forEach((id, at) -> raw.put(id.value(), at));
    return raw;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int endSome(String sourceRef, String endReason, String staffId, String note, int max) {
    List<HealthCondition> open = store.openFrom(sourceRef, Math.max(1, max));
    Instant now = Instant.now();
    for (HealthCondition c : open) {
      c.end(now, endReason);
    }
    em.flush();
    recolouring.reevaluateAll(
        open.stream().map(HealthCondition::citizenId).distinct().sorted().toList(),
        ColourChange.Source.RULE,
        staffId,
        note);
    return open.size();
  }
}
