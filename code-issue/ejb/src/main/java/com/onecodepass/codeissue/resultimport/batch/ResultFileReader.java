package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.CsvLines;
import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.resultimport.control.ImportFiles;
import com.onecodepass.codeissue.resultimport.control.ImportRecord;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Streams the stored file line by line. The checkpoint is (line number, byte offset) after the last
 * line of the committed chunk, so a restart continues exactly there without re-reading.
 */
@Named
@Dependent
public class ResultFileReader extends AbstractItemReader {

  @Inject @BatchProperty String importId;

  /** This partition's range (ResultFileSplitter): where it starts, where the next one starts. */
  @Inject @BatchProperty String fromLine;

  @Inject @BatchProperty String fromOffset;
  @Inject @BatchProperty String toOffset;
  @Inject StepContext step;
  @Inject ImportRows rows;
  @Inject ImportFiles files;

  private CsvLines lines;
  private long end = -1;
  private long headerBytes;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    long id = Long.parseLong(importId);
    ImportRecord record = rows.find(id).orElseThrow();
    long[] at =
        checkpoint == null
            ? new long[] {number(fromLine), number(fromOffset)}
            : (long[]) checkpoint;
    end = toOffset == null || toOffset.isBlank() ? -1 : Long.parseLong(toOffset);
    lines =
        new CsvLines(files.open(id, record.parts(), at[1]), at[1], at[0], ResultCsv.MAX_LINE * 4);
    if (at[0] == 0) {
      lines.next(); // the header, checked on upload
      headerBytes = lines.offset();
    }
  }

  @Override
  public Object readItem() throws Exception {
    String line;
    do {
      if (end >= 0 && lines.offset() >= end) {
        return null; // the next partition's first line
      }
      long before = lines.offset() - headerBytes;
      headerBytes = 0;
      line = lines.next();
      ChunkLedger.of(step).bytesRead += lines.offset() - before;
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    ChunkLedger ledger = ChunkLedger.of(step);
    ledger.read++;
    ledger.work += RowWeight.of(line);
    return new RawLine(lines.lineNo(), line);
  }

  private static long number(String value) {
    return value == null || value.isBlank() ? 0 : Long.parseLong(value);
  }

  @Override
  public Serializable checkpointInfo() {
    return new long[] {lines.lineNo(), lines.offset()};
  }

  @Override
  public void close() throws Exception {
    if (lines != null) {
      lines.close();
    }
  }
}
