package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.ResultCsv;
import jakarta.batch.runtime.context.StepContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the current chunk did, shared by the reader, the writer and the listener through the step
 * context; the listener stores it in the chunk's own transaction just before the commit, so counts
 * and rejected rows always match what was committed.
 */
final class ChunkLedger {

  record Rejected(long lineNo, String reason, String rawMasked) {}

  long read;
  long written;
  long stored;

  /** Bytes of the file this chunk consumed. */
  long bytesRead;

  /** The work of the lines this chunk read (RowWeight). */
  long work;

  final List<Rejected> rejected = new ArrayList<>();

  static ChunkLedger of(StepContext step) {
    Object held = step.getTransientUserData();
    if (held instanceof ChunkLedger ledger) {
      return ledger;
    }
    ChunkLedger ledger = new ChunkLedger();
    step.setTransientUserData(ledger);
    return ledger;
  }

  void reject(long lineNo, String reason, String raw) {
    rejected.add(new Rejected(lineNo, reason, ResultCsv.masked(raw)));
  }

  void reset() {
    read = 0;
    written = 0;
    stored = 0;
    bytesRead = 0;
    work = 0;
    rejected.clear();
  }
}
