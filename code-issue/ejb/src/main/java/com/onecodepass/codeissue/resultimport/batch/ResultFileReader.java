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
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Streams this partition's stripes of the stored file (ResultFileSplitter) line by line. The
 * checkpoint is (line number, byte offset) after the last line of the committed chunk, so a restart
 * continues exactly there, in the stripe that holds it, without re-reading.
 */
@Named
@Dependent
public class ResultFileReader extends AbstractItemReader {

  @Inject @BatchProperty String importId;

  /** This partition's stripes (Stripes): each one's lines before, first byte and end. */
  @Inject @BatchProperty String ranges;

  @Inject StepContext step;
  @Inject ImportRows rows;
  @Inject ImportFiles files;

  private long id;
  private int parts;
  private List<Stripes.Stripe> stripes;
  private int current;
  private CsvLines lines;
  private long headerBytes;
  private long[] done;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    id = Long.parseLong(importId);
    ImportRecord record = rows.find(id).orElseThrow();
    parts = record.parts();
    stripes = Stripes.parse(ranges);
    if (checkpoint == null) {
      current = 0;
      start(stripes.get(0).line(), stripes.get(0).from());
      return;
    }
    long[] at = (long[]) checkpoint;
    done = at;
    current = Stripes.resumeAt(stripes, at[1]);
    if (current < stripes.size()) {
      Stripes.Stripe stripe = stripes.get(current);
      if (at[1] >= stripe.from()) {
        start(at[0], at[1]);
      } else {
        start(stripe.line(), stripe.from());
      }
    }
  }

  private void start(long lineNo, long offset) throws IOException {
    lines = new CsvLines(files.open(id, parts, offset), offset, lineNo, ResultCsv.MAX_LINE * 4);
    if (lineNo == 0) {
      lines.next(); // the header, checked on upload
      headerBytes = lines.offset();
    }
  }

  /** Moves on to this partition's next stripe; after the last, {@code lines} stays null. */
  private void nextStripe() throws IOException {
    done = new long[] {lines.lineNo(), lines.offset()};
    lines.close();
    lines = null;
    if (++current < stripes.size()) {
      start(stripes.get(current).line(), stripes.get(current).from());
    }
  }

  @Override
  public Object readItem() throws Exception {
    String line;
    do {
      if (lines == null) {
        return null;
      }
      if (!stripes.get(current).holds(lines.offset())) {
        nextStripe(); // the next line is another partition's
        line = "";
        continue;
      }
      long before = lines.offset() - headerBytes;
      headerBytes = 0;
      line = lines.next();
      ChunkLedger.of(step).bytesRead += lines.offset() - before;
      if (line == null) {
        nextStripe(); // the file's end
        line = "";
      }
    } while (line.isBlank());
    ChunkLedger ledger = ChunkLedger.of(step);
    ledger.read++;
    ledger.work += RowWeight.of(line);
    return new RawLine(lines.lineNo(), line);
  }

  @Override
  public Serializable checkpointInfo() {
    return lines == null ? done : new long[] {lines.lineNo(), lines.offset()};
  }

  @Override
  public void close() throws Exception {
    if (lines != null) {
      lines.close();
    }
  }
}
