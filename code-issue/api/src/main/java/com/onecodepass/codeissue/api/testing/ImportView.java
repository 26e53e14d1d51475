package com.onecodepass.codeissue.api.testing;

import java.io.Serializable;
import java.time.Instant;

/**
 * A result import as the imports page shows it. {@code rowsWritten} are valid rows applied (a tube
 * row counts once), {@code resultsStored} the test results they produced (a tube gives one per
 * member); {@code rowsPerSecond} and {@code etaSeconds} describe the current run's loading phase.
 */
public record ImportView(
    long id,
    String fileName,
    String uploadedBy,
    String districtCode,
    ImportStatus status,
    long sizeBytes,
    long bytesRead,
    long rowsRead,
    long rowsWritten,
    long resultsStored,
    long rowsSkipped,
    long peopleAffected,
    long peopleRecoloured,
    long coloursChanged,
    Instant createdAt,
    Instant endedAt,
    double rowsPerSecond,
    Long etaSeconds)
    implements Serializable {

  /** Progress of the current phase, 0-100. */
  public int percent() {
    if (status == ImportStatus.COMPLETED) {
      return 100;
    }
    if (status == ImportStatus.RECOLOURING) {
      return peopleAffected == 0 ? 100 : (int) (100 * peopleRecoloured / peopleAffected);
    }
    return sizeBytes == 0 ? 0 : (int) Math.min(100, 100 * bytesRead / sizeBytes);
  }

  public boolean running() {
    return status == ImportStatus.LOADING
        || status == ImportStatus.RECOLOURING
        || status == ImportStatus.QUEUED;
  }

  public boolean restartable() {
    return status == ImportStatus.FAILED || status == ImportStatus.STOPPED;
  }
}
