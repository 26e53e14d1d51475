package com.onecodepass.codeissue.api.testing;

import com.onecodepass.codeissue.api.InvalidInputException;
import jakarta.ejb.Local;
import java.time.Instant;

/**
 * Test sites and labs: pooled (10-in-1) tubes and individual results. A tube's result applies to
 * all its members: negative gives each a negative; positive turns each yellow ("pool positive,
 * retest") until an individual result arrives.
 */
@Local
public interface Sampling {

  /** Opens a tube, or returns it when it is already open (sampling resumes). */
  TubeView openTube(String barcode, String site, String staffId);

  /**
   * Adds a person, identified by their scanned code (URL or token) or typed resident ID.
   *
   * @throws InvalidInputException tube full, unknown, already resulted; person unknown or already
   *     in the tube; code expired or forged
   */
  TubeView addToTube(String barcode, String scannedCodeOrResidentId, String staffId);

  TubeView tube(String barcode);

  /** The lab's result for a pooled tube, applied to every member and recoloured. */
  TubeView recordTubeResult(
      String barcode, TestOutcome result, Instant resultTime, String lab, String staffId);

  /** An individual (single-tube) result for the person with this resident ID. */
  void recordIndividualResult(
      String residentId,
      TestOutcome result,
      Instant sampleTime,
      Instant resultTime,
      String lab,
      String staffId);
}
