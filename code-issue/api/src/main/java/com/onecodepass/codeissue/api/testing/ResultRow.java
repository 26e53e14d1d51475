package com.onecodepass.codeissue.api.testing;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import java.io.Serializable;
import java.time.Instant;

/**
 * One valid line of a result import: a person (resident ID) or a pooled tube (barcode), never both.
 */
public record ResultRow(
    long line,
    String lab,
    ResidentId residentId,
    String tubeBarcode,
    Instant sampleTime,
    TestOutcome outcome)
    implements Serializable {

  public boolean isTube() {
    return tubeBarcode != null;
  }
}
