package com.onecodepass.codeissue.api.rules;

import com.onecodepass.codeissue.api.code.ColourForecast;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Map;

/**
 * Conditions recorded for many people at once by one decision (a risk area): a dry-run forecast,
 * idempotent recording in short transactions, and ending them all again. Every condition carries
 * {@code sourceRef}, which identifies the decision; a person gets at most one condition per {@code
 * sourceRef}, so a repeated or resumed batch records nobody twice.
 */
@Local
public interface AreaConditions {

  /**
   * Read only: what recording {@code type} (since each person's first visit) would do to the
   * colours of these people under the rule set in force.
   */
  ColourForecast forecast(
      ConditionType type, String sourceRef, Map<CitizenId, Instant> firstVisits);

  /**
   * Records {@code type} for the people not yet holding a condition with {@code sourceRef} and
   * recolours them, in one new transaction. Unknown citizen ids are skipped.
   *
   * @param note the reason every colour change records (e.g. the area's name)
   */
  Recorded record(
      ConditionType type,
      String sourceRef,
      Map<CitizenId, Instant> firstVisits,
      String staffId,
      String note);

  /**
   * Ends up to {@code max} open conditions with {@code sourceRef} and recolours their holders, in
   * one new transaction; call until it returns 0. {@code endReason} is a short code (at most 32
   * characters, e.g. AREA_WITHDRAWN); {@code note} is the detail each colour change records.
   *
   * @return how many were ended
   */
  int endSome(String sourceRef, String endReason, String staffId, String note, int max);

  /** Outcome of one recording batch. */
  record Recorded(int recorded, int recoloured) {}
}
