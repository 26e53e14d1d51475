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
 * row loads ten results and weighs 10, a person's row 3), for loading in parallel: while one
 * partition parses and hashes its chunk, another waits for the database, so both cores work. The
 * ranges are stripes dealt in turn (partition 0 takes stripes 0, 2, 4, ..., partition 1 stripes 1,
 * 3, 5, ...), so both partitions work through the same region of the file at the same time and end
 * together by construction: split into one contiguous range each, the partition holding the retests
 * at the file's end ran alone for the last tenth, and the progress bar ran ahead of the time. One
 * pass over the file counts the lines before each boundary, so rejected rows keep their real line
 * numbers, and the file's work, against which the progress bar counts. The plan is the same on a
 * restart (same file), so each partition resumes from its own checkpoint.
 */
@Named
@Dependent
public class ResultFileSplitter implements PartitionMapper {

  /** Below this a second partition costs more than it saves. */
  static final long MIN_PARTITION_BYTES = 1L << 20;

  /**
   * Stripes per partition: a partition that finishes early idles for at most one stripe, about 1/32
   * of its share, instead of the other's whole lead.
   */
  static final int STRIPES_PER_PARTITION = 32;

  /** A stripe is at least a stored part of the file (ImportFiles.PART): one fetch per stripe. */
  static final long MIN_STRIPE_BYTES = 1L << 20;

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
    long stripes =
        Math.min((long) n * STRIPES_PER_PARTITION, record.sizeBytes() / MIN_STRIPE_BYTES);
    List<String> dealt = Stripes.deal(file.starts((int) Math.max(n, stripes)), n);
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(dealt.size());
    plan.setThreads(dealt.size());
    Properties[] props = new Properties[dealt.size()];
    for (int i = 0; i < dealt.size(); i++) {
      props[i] = new Properties();
      props[i].setProperty("ranges", dealt.get(i));
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
