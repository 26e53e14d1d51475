package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.CsvLines;
import com.onecodepass.codeissue.api.ResultCsv;
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
  @Inject StepContext step;
  @Inject ImportRows rows;
  @Inject ImportFiles files;

  private CsvLines lines;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    long id = Long.parseLong(importId);
    ImportRecord record = rows.find(id).orElseThrow();
    long[] at = checkpoint == null ? new long[] {0, 0} : (long[]) checkpoint;
    lines =
        new CsvLines(files.open(id, record.parts(), at[1]), at[1], at[0], ResultCsv.MAX_LINE * 4);
    if (at[0] == 0) {
      lines.next(); // the header, checked on upload
    }
  }

  @Override
  public Object readItem() throws Exception {
    String line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    ChunkLedger ledger = ChunkLedger.of(step);
    ledger.read++;
    ledger.bytesRead = lines.offset();
    return new RawLine(lines.lineNo(), line);
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
