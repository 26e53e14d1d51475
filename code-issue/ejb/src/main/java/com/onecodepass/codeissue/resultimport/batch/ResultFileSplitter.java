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
 * Splits the stored file into byte ranges that start at a line, for loading in parallel: while one
 * partition parses and hashes its chunk, another waits for the database, so both cores work. One
 * pass over the file counts the lines before each boundary, so rejected rows keep their real line
 * numbers. The plan is the same on a restart (same file), so each partition resumes from its own
 * checkpoint.
 */
@Named
@Dependent
public class ResultFileSplitter implements PartitionMapper {

  /** Below this a second partition costs more than it saves. */
  static final long MIN_PARTITION_BYTES = 1L << 20;

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
    List<long[]> starts = n == 1 ? List.of(new long[] {0, 0}) : lineStarts(id, record, n);
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

  /** (lines before, byte offset) of the first line at or after each n-th of the file. */
  private List<long[]> lineStarts(long id, ImportRecord record, int n) throws IOException {
    List<long[]> starts = new ArrayList<>();
    starts.add(new long[] {0, 0});
    long size = record.sizeBytes();
    long nextTarget = size / n;
    long offset = 0;
    long lines = 0;
    byte[] buffer = new byte[256 * 1024];
    try (InputStream in = files.open(id, record.parts(), 0)) {
      int read;
      while ((read = in.read(buffer)) > 0 && starts.size() < n) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
            if (offset + i + 1 >= nextTarget && offset + i + 1 < size && starts.size() < n) {
              starts.add(new long[] {lines, offset + i + 1});
              nextTarget = size * (starts.size()) / n;
            }
          }
        }
        offset += read;
      }
    }
    return starts;
  }
}
