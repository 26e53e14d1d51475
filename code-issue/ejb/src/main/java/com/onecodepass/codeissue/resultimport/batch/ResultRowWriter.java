package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.ResultRow;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Applies a chunk of valid rows in the chunk's transaction: resolves the chunk's people (one query
 * by blind index) and tubes (one query for their members), rejects rows for unknown people or
 * tubes, people outside the uploader's district and results already stored, then inserts the rest
 * as multi-row batches and notes who was touched for the recolouring step.
 */
@Named
@Dependent
public class ResultRowWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importId;
  @Inject StepContext step;
  @Inject ImportRows rows;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private long id;
  private String district;
  private String uploadedBy;

  @Override
  public void open(Serializable checkpoint) {
    id = Long.parseLong(importId);
    var record = rows.find(id).orElseThrow();
    district = record.districtCode();
    uploadedBy = record.uploadedBy();
  }

  @Override
  public void writeItems(List<Object> items) throws SQLException {
    ChunkLedger ledger = ChunkLedger.of(step);
    List<ImportItem> chunk = new ArrayList<>(items.size());
    for (Object o : items) {
      chunk.add((ImportItem) o);
    }
    if (chunk.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      ChunkTargets targets = ChunkTargets.load(c, chunk);
      Instant from = chunk.stream().map(i -> i.row().sampleTime()).min(Instant::compareTo).get();
      Instant to = chunk.stream().map(i -> i.row().sampleTime()).max(Instant::compareTo).get();
      Set<String> present = targets.existingResults(c, from, to);
      Set<String> pooled = targets.existingPoolConditions(c);
      ResultInserts out = new ResultInserts(c, id, uploadedBy, Timestamp.from(Instant.now()));
      for (ImportItem item : chunk) {
        ResultRow row = item.row();
        List<ChunkTargets.Person> people = targets.of(item);
        if (people == null) {
          ledger.reject(row.line(), row.isTube() ? "unknown-tube" : "unknown-resident", item.raw());
          continue;
        }
        if (district != null && people.stream().anyMatch(p -> !district.equals(p.district()))) {
          ledger.reject(row.line(), "not-permitted", item.raw());
          continue;
        }
        int added = 0;
        for (ChunkTargets.Person p : people) {
          if (row.isTube() && row.outcome() == TestOutcome.POSITIVE) {
            if (pooled.add(p.id() + "|" + row.tubeBarcode())) {
              out.poolPositive(p.id(), row);
              added++;
            }
          } else if (present.add(ChunkTargets.key(p.id(), row.sampleTime(), row.lab()))) {
            out.result(p.id(), row);
            added++;
          }
        }
        if (added == 0) {
          ledger.reject(row.line(), "duplicate", item.raw());
        } else {
          ledger.written++;
        }
      }
      ledger.stored += out.flush();
    }
  }

  /** Unused: the reader's checkpoint alone says where to resume. */
  @Override
  public Serializable checkpointInfo() {
    return null;
  }
}
