package com.onecodepass.codeissue.api.testing;

import java.io.Serializable;
import java.time.Instant;

/**
 * A result import as the imports page shows it. {@code rowsWritten} are valid rows applied (a tube
 * row counts once), {@code resultsStored} the test results they produced (a tube gives one per
 * member); {@code rowsPerSecond} and {@code etaSeconds} describe the current run's loading phase.
 * {@code workTotal} and {@code workDone} weigh the file's lines by what they cost to load (a pooled
 * tube's row as its ten results), so the loading bar moves with the time it takes.
 */
public record ImportView(
    long id,
    String fileName,
    String uploadedBy,
    String districtCode,
    ImportStatus status,
    long sizeBytes,
    long bytesRead,
    long workTotal,
    long workDone,
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
    if (workTotal > 0) {
      return (int) Math.min(100, 100 * workDone / workTotal);
    }
    // planned before the work was counted (an import from before V17), or not planned yet
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
