package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.resultimport.control.ImportFiles;
import com.onecodepass.codeissue.resultimport.control.ImportRecord;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits the stored file into line-aligned byte ranges of equal work (RowWeight: a pooled tube's
 * row loads ten results, a person's one), for loading in parallel: while one partition parses and
 * hashes its chunk, another waits for the database, so both cores work, and both finish together
 * (split by bytes, the part holding the tubes ran alone for the last third). One pass over the file
 * counts the lines before each boundary, so rejected rows keep their real line numbers, and the
 * file's work, against which the progress bar counts. The plan is the same on a restart (same
 * file), so each partition resumes from its own checkpoint.
 */
@Named
@Dependent
public class ResultFileSplitter implements PartitionMapper {

  /** Below this a second partition costs more than it saves. */
  static final long MIN_PARTITION_BYTES = 1L << 20;

  /** Line starts are sampled this often as boundary candidates. */
  static final long SAMPLE_BYTES = 64L << 10;

  @Inject @BatchProperty String importId;
  @Inject @BatchProperty String partitions;
  @Inject ImportRows rows;
  @Inject ImportFiles files;

  @Override
  public PartitionPlan mapPartitions() throws IOException {
    long id = Long.parseLong(importId);
    ImportRecord record = rows.find(id).orElseThrow();
    int wanted = partitions == null || partitions.isBlank() ? 2 : Integer.parseInt(partitions);
    int n = (int) Math.max(1, Math.min(wanted, record.sizeBytes() / MIN_PARTITION_BYTES));
    Scanned file;
    try (InputStream in = files.open(id, record.parts(), 0)) {
      file = scan(in, record.sizeBytes());
    }
    rows.planned(id, file.work());
    List<long[]> starts = file.starts(n);
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(starts.size());
    plan.setThreads(starts.size());
    Properties[] props = new Properties[starts.size()];
    for (int i = 0; i < starts.size(); i++) {
      props[i] = new Properties();
      props[i].setProperty("fromLine", Long.toString(starts.get(i)[0]));
      props[i].setProperty("fromOffset", Long.toString(starts.get(i)[1]));
      props[i].setProperty(
          "toOffset", i + 1 < starts.size() ? Long.toString(starts.get(i + 1)[1]) : "-1");
    }
    plan.setPartitionProperties(props);
    return plan;
  }

  /**
   * A file's line starts sampled every {@link #SAMPLE_BYTES} as {lines before, byte offset, work
   * before}, and its whole work.
   */
  record Scanned(List<long[]> samples, long work) {

    /** (lines before, byte offset) of the first line of each of up to n parts of equal work. */
    List<long[]> starts(int n) {
      List<long[]> starts = new ArrayList<>();
      starts.add(new long[] {0, 0});
      for (long[] sample : samples) {
        if (starts.size() >= n) {
          break;
        }
        if (sample[2] >= work * starts.size() / n && sample[2] > 0) {
          starts.add(new long[] {sample[0], sample[1]});
        }
      }
      return starts;
    }
  }

  /** One pass over the file: its work (the header line weighs nothing) and sampled line starts. */
  static Scanned scan(InputStream in, long size) throws IOException {
    List<long[]> samples = new ArrayList<>();
    RowWeight.Scan line = new RowWeight.Scan();
    long nextSample = SAMPLE_BYTES;
    long offset = 0;
    long lines = 0;
    long work = 0;
    byte[] buffer = new byte[256 * 1024];
    int read;
    while ((read = in.read(buffer)) > 0) {
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (b != '\n') {
          line.next(b);
          continue;
        }
        int weight = line.end();
        work += lines == 0 ? 0 : weight;
        lines++;
        long start = offset + i + 1;
        if (start >= nextSample && start < size) {
          samples.add(new long[] {lines, start, work});
          nextSample = start + SAMPLE_BYTES;
        }
      }
      offset += read;
    }
    work += lines == 0 ? 0 : line.end(); // a last line without a line break
    return new Scanned(samples, work);
  }
}
